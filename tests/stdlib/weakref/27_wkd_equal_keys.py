import weakref


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return "Key(%r)" % self.v


k1, k2 = Key(1), Key(1)
d = weakref.WeakKeyDictionary()
d[k1] = "first"
print(d[k2], k2 in d, len(d))
d[k2] = "second"
print(len(d), d[k1], list(d)[0] is k1)
del k1
print(len(d), k2 in d)
d[k2] = "third"
print(len(d), d[k2])
s = weakref.WeakSet([Key(5)])
print(len(s))
a, b = Key(2), Key(2)
s = weakref.WeakSet([a])
print(b in s, len(s))
s.add(b)
print(len(s), next(iter(s)) is a)
s.discard(b)
print(len(s))
wv = weakref.WeakValueDictionary()
wv[Key(3)] = a
print(wv[Key(3)] is a, Key(3) in wv)
