from collections import Counter


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: Counter())
t(lambda: Counter("abracadabra"))
t(lambda: Counter(["x", "y", "x"]))
t(lambda: Counter({"a": 4, "b": 2}))
t(lambda: Counter(a=4, b=2))
t(lambda: Counter({"a": 1}, a=5, c=2))
t(lambda: Counter([1, 2, 2, 3, 3, 3]))
t(lambda: Counter((x % 3 for x in range(10))))
t(lambda: Counter({"n": -2, "z": 0, "p": 3}))
t(lambda: Counter(Counter("aab")))
t(lambda: Counter(iterable="xyz"))
t(lambda: Counter(5))
t(lambda: Counter("a", "b"))
t(lambda: Counter([[1]]))
t(lambda: Counter(self=1, other=2))
t(lambda: Counter({"a": "str"}))
t(lambda: Counter({"a": 1.5, "b": 0.5}))
c = Counter("hello")
print(c["l"], c["h"], c["z"], len(c), "z" in c)
print(list(c), list(c.values()), list(c.items()))
print(isinstance(c, dict), type(c).__name__, Counter.__module__)
print(dict(c))
