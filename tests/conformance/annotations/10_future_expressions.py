from __future__ import annotations

def f(
    a: 1 + 2,
    b: x . y . z,
    c: lambda q: q * 2,
    d: [1, 2, (3,)],
    e: {'k': v, **rest},
    f: a if b else c,
    g: not x,
    h: -x ** 2,
    i: f(*args, key=1, **kw),
    j: x[1:2, ::3],
    k: 'single' "double",
    l: ...,
    m: (1,),
    n: {1, 2},
    o: x < y <= z,
):
    pass

for key, value in f.__annotations__.items():
    print(key, repr(value))
