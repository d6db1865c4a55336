import weakref


class C:
    def __init__(self, n):
        self.n = n

    def meth(self):
        return "meth of %d" % self.n

    def other(self):
        return "other"

    def __repr__(self):
        return "C(%d)" % self.n


c = C(1)
wm = weakref.WeakMethod(c.meth)
m = wm()
print(m(), type(m).__name__, m.__self__ is c, m.__func__ is C.meth, m == c.meth)
print(wm() is wm(), wm() == wm())
wm2 = weakref.WeakMethod(c.meth)
wo = weakref.WeakMethod(c.other)
print(wm == wm2, wm != wm2, wm == wo, wm != wo, hash(wm) == hash(wm2), hash(wm) == hash(c))
print(wm == c.meth, wm != 1, wm.__eq__(1))
calls = []
wcb = weakref.WeakMethod(c.meth, lambda r: calls.append(r))
del c
print(wm(), wm2(), wcb(), calls == [wcb], len(calls))
print(wm == wm2, wm != wm2, wm == wm, wm != wm)
h = hash(wm)
print(hash(wm) == h)
fresh = weakref.WeakMethod(C(2).meth)
print(fresh())
try:
    hash(fresh)
except TypeError as e:
    print(type(e).__name__, e)
for bad in (C.meth, len, 1, "x".upper):
    try:
        weakref.WeakMethod(bad)
        print("made for", bad.__name__)
    except TypeError as e:
        print(type(e).__name__, e)


class D:
    def m(self):
        return "D.m"


d = D()
wd = weakref.WeakMethod(d.m, lambda r: print("func died", r() is None))
del D.m
print(wd() is not None)
print(d.__class__.__dict__.get("m"))
print(wd())
print(repr(wd).endswith("; dead>"))
print(type(wd).__name__, weakref.WeakMethod.__slots__ is not None)
try:
    wd.x = 1
except AttributeError as e:
    print(type(e).__name__)
