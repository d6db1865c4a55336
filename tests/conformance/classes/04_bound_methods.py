class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
m = c.inc
print(m(), m(5), c.n)
print(m == c.inc, m == Counter().inc)
unbound = Counter.inc
print(unbound(c, 10))
methods = [Counter().inc for _ in range(2)]
print([f() for f in methods], [f() for f in methods])
print(type(m).__name__, callable(m))
print(c.inc == c.inc, c.inc is c.inc)
