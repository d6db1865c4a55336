import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, V) and self.n == other.n

    def __repr__(self):
        return "V(%d)" % self.n

    __hash__ = object.__hash__


a, b = V(1), V(2)
d = weakref.WeakValueDictionary(x=a, y=b)
e = weakref.WeakValueDictionary(y=b, x=a)
print(d == e, d != e, d == {"x": V(1), "y": V(2)}, d == [], d != 3)
print("x" in d.keys(), sorted(d.keys()) == ["x", "y"])
f = weakref.WeakKeyDictionary({a: 1})
g = weakref.WeakKeyDictionary({a: 1})
print(f == g, f == {a: 1}, f == {b: 1})
try:
    hash(d)
except TypeError as e:
    print(type(e).__name__, e)
print(weakref.WeakValueDictionary[str, V])
d2 = weakref.WeakValueDictionary()
d2.update(d)
print(sorted(d2.items(), key=lambda kv: kv[0]))
print(len(weakref.WeakValueDictionary(d)), len(weakref.WeakKeyDictionary(f)))
