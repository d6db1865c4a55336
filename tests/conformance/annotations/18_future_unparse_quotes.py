from __future__ import annotations
def f(a: [k for k, v in x], b: f'{x!r:>10}', c: f'{x}"', d: 'a"b', e: f'{x}\'"', g: f'{x:{y}}', h: f'a{{b}}\n'): pass
for k, v in f.__annotations__.items(): print(k, v)
