from collections import Counter


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Counter("banana")
print(c.total(), Counter().total(), Counter(a=-2, b=5).total())
print(c["zz"], "zz" in c, len(c))
del c["zz"]
print(c)
del c["a"]
print(c, c["a"])
c["b"] = 0
print(c, "b" in c)
c["neg"] = -3
print(c, repr(Counter({"x": -1})))
t(lambda: Counter.fromkeys("abc"))
t(lambda: Counter.fromkeys("abc", 1))
t(lambda: c.copy())
t(lambda: type(c.copy()).__name__)
cp = c.copy()
cp["n"] += 100
print(c["n"], cp["n"])
t(lambda: Counter({"b": 1, "a": 1, "c": 2}))
t(lambda: Counter({1: 1, "s": 1}))
t(lambda: Counter({(1, 2): 2, None: 3}))
print(str(Counter(x=1)), f"{Counter(y=2)}")
print(sorted(Counter("zyx")), list(reversed(Counter("abc"))))
print(c.get("n"), c.get("nope"), c.setdefault("k", 7), c.pop("k"))
print(c.popitem(), c)
c.clear()
print(c, bool(c))
r = Counter(a=2).__reduce__()
print(r[0].__name__, r[1])
print(Counter.__missing__(Counter(), "q"))
print(Counter(a=3).__repr__())
t(lambda: Counter({"a": "x", "b": "y"}))
t(lambda: Counter({"a": 1, "b": "y"}))
