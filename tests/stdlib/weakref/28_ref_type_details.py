import weakref


class O:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)


print(weakref.ReferenceType.__name__, weakref.ReferenceType.__module__)
print(weakref.ref is weakref.ReferenceType)
a, b = O(1), O(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra != rb, hash(ra) == hash(1))
cb = lambda r: None
rc = weakref.ref(a, cb)
print(rc.__callback__ is cb, ra.__callback__)
print(isinstance(ra, weakref.ref))
try:
    ra(1)
except TypeError as e:
    print(type(e).__name__, e)
c = O(2)
rdead = weakref.ref(c, cb)
del c
try:
    hash(rdead)
except TypeError as e:
    print(type(e).__name__, e)
print(rdead == rdead, rdead == ra)


class M:
    def m(self):
        pass


mo = M()
wm = weakref.WeakMethod(mo.m)
print(isinstance(wm, weakref.ref), isinstance(wm, weakref.ReferenceType))
