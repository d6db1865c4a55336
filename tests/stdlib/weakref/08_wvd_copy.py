import copy
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%d)" % self.n


class K:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "K(%s)" % self.name


a, b = V(1), V(2)
k = K("x")
d = weakref.WeakValueDictionary({"a": a, k: b})
c1 = d.copy()
c2 = copy.copy(d)
c3 = copy.deepcopy(d)
for c in (c1, c2, c3):
    print(type(c).__name__, c is d, len(c), c["a"] is a)
print(c1[k] is b, c2[k] is b)
keys3 = [key for key in c3 if key != "a"]
print(keys3[0] is k, keys3[0].name, c3[keys3[0]] is b)


class Sub(weakref.WeakValueDictionary):
    pass


s = Sub(a=a)
print(type(s.copy()).__name__, type(copy.deepcopy(s)).__name__, type(copy.copy(s)).__name__)
print(type(s | {"b": b}).__name__, type({"b": b} | s).__name__)
del a
print(len(d), len(c1), len(c3), len(s))
