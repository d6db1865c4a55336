from __future__ import annotations

def f(
    a: 1.5e10,
    b: 0x1F,
    c: 1_000,
    d: 2j,
    e: b'bytes',
    f: [i for i in range(3) if i],
    g: {k: v for k, v in items},
    h: (y for y in z),
    i: a and b or c,
    j: (a @ b) % c // d,
    k: x.__class__,
    l: 'it''s',
    m: f'{x!r:>10}',
    n: None | True | False,
    o: x[(1, 2)],
    p: x[()],
    q: x[*a],
    r: (yield_ for yield_ in ()),
    s: 1 if x else (2 if y else 3),
    t: (1 + 2) * 3,
    u: -(-1),
    v: 2 ** -1,
):
    pass

for key, value in f.__annotations__.items():
    print(key, repr(value))
