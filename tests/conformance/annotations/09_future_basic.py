from __future__ import annotations

def f(a: list[int] = None, *b: 'x', **c: dict[str, int]) -> tuple[int, ...]:
    pass

for k, v in f.__annotations__.items():
    print(k, repr(v))

x: int = 3
y: undefined_name
z: 'quoted'
print(__annotations__)

class C:
    attr: C
    other: list[C] | None = None

print(C.__annotations__)

def g(p: int = 1, /, q: float = 2.0, *, r: bool) -> None:
    pass

print(g.__annotations__)
