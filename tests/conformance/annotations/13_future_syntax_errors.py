def try_compile(src):
    try:
        compile(src, '<test>', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno)
    else:
        print('compiled OK', repr(src.splitlines()[-1]))

FUT = 'from __future__ import annotations\n'
try_compile(FUT + 'def f(a: (b := 1)): pass')
try_compile(FUT + 'def f() -> (yield): pass')
try_compile(FUT + 'x: (y := 2) = 1')
try_compile('def f(a: (b := 1)): pass')
try_compile('x: (yield) = 1')
try_compile('def f():\n    x: (yield) = 1')
try_compile('(a, b): int')
try_compile('[a]: int = [1]')
try_compile('a, b: int')
try_compile('x: int = 1, 2')
try_compile('f(): int')
try_compile('x: int: str')
try_compile('def f():\n    global x\n    x: int')
try_compile('def f():\n    x: int\n    global x')
try_compile('def f():\n    def g():\n        nonlocal y\n        y: int\n    y = 1')
