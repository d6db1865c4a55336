from collections import UserDict


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


d = Lower({"A": 1}, B=2)
d["C"] = 3
print(d, d.data, d["a"], "b" in d, "B" in d, len(d))
print(repr(d), type(d.data).__name__, isinstance(d, dict))
d.update(D=4)
print(sorted(d), d.get("D"), d.get("zz", "none"))
print(d.pop("a"), d.copy(), type(d.copy()).__name__)
u = UserDict(x=1)
print(u | {"y": 2}, {"y": 2} | u, type({"y": 2} | u).__name__)
u |= {"z": 3}
print(u, u == {"x": 1, "z": 3})
try:
    u["missing"]
except KeyError as e:
    print(type(e).__name__, e)


class WithMissing(UserDict):
    def __missing__(self, key):
        return key * 2


w = WithMissing()
print(w["ab"], "ab" in w, w.get("ab"))
print(UserDict.fromkeys("ab", 0), UserDict([("k", "v")]))
c = UserDict(a=[1])
import copy

s = copy.copy(c)
s["b"] = 2
print(c, s, s.data["a"] is c.data["a"])
try:
    UserDict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
print(UserDict(dict=1), UserDict(self=1))
