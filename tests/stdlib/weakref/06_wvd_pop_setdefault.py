import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%d)" % self.n


a, b, c = V(1), V(2), V(3)
d = weakref.WeakValueDictionary(a=a, b=b, c=c)
print(d.pop("a"), len(d))
print(d.pop("a", "dflt"), d.pop("zz", None))
try:
    d.pop("a")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), len(d))
print(d.setdefault("b", V(5)), d.setdefault("new", c), d["new"])
x = d.setdefault("tmp", V(9))
print(x, d["tmp"])
del x
print("tmp" in d, len(d))
try:
    d.setdefault("none")
except TypeError as e:
    print(type(e).__name__, e)
e = weakref.WeakValueDictionary()
try:
    e.popitem()
except KeyError as err:
    print("KeyError", err)
try:
    d.pop()
except TypeError as err:
    print(type(err).__name__, err)
try:
    d.pop("a", 1, 2)
except TypeError as err:
    print(type(err).__name__, err)
