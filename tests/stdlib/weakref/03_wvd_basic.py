import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%d)" % self.n


d = weakref.WeakValueDictionary()
v1, v2 = V(1), V(2)
d["a"] = v1
d["b"] = v2
d[3] = v1
print(len(d), d["a"], d[3], "a" in d, "z" in d, d.get("b"), d.get("z"), d.get("z", 0))
print(repr(d).startswith("<WeakValueDictionary at 0x"), repr(d).endswith(">"))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
del d["a"]
print(len(d), "a" in d)
try:
    del d["a"]
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] = v1
except TypeError as e:
    print(type(e).__name__, e)
try:
    d["x"] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(len(d))
print(sorted(d.keys(), key=str), sorted(d.values(), key=lambda v: v.n))
d2 = weakref.WeakValueDictionary({"p": v1}, q=v2)
print(sorted(d2.items()))
d3 = weakref.WeakValueDictionary([("p", v1)])
print(list(d3.items()))
print(isinstance(d, weakref.WeakValueDictionary))
import collections.abc
print(isinstance(d, collections.abc.MutableMapping))
print(d2 == {"p": v1, "q": v2}, d2 != {"p": v1}, d2 == d2.copy())
d.clear()
print(len(d), list(d))
try:
    weakref.WeakValueDictionary({}, {})
except TypeError as e:
    print(type(e).__name__, e)
