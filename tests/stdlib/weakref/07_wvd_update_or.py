import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%d)" % self.n


a, b, c = V(1), V(2), V(3)
d = weakref.WeakValueDictionary()
d.update({"a": a})
d.update([("b", b)])
d.update(c=c)
d.update(None)
print(sorted(d.items()))
d.update(d)
print(len(d))
try:
    d.update(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([1])
except TypeError as e:
    print(type(e).__name__, e)
e = d | {"z": a}
print(type(e).__name__, sorted(e.items()))
f = {"y": b} | d
print(type(f).__name__, list(f.items()))
d |= {"w": c}
print(sorted(d.items()))
d |= [("v", a)]
print(sorted(d))
try:
    d | [("q", a)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] | d
except TypeError as e:
    print(type(e).__name__, e)
g = d | weakref.WeakValueDictionary(k=b)
print(type(g).__name__, sorted(g))
