d = {"one": 1, "two": 2}
k1, k2 = d
print(k1, k2)
(ka, va), (kb, vb) = d.items()
print(ka, va, kb, vb)
small, big = sorted({9, 2})
print(small, big)
def gen():
    yield "g1"
    yield "g2"
x, y = gen()
print(x, y)
a, b, c = map(int, "1 2 3".split())
print(a + b + c)
first, *_ = zip("ab", "cd")
print(first)
