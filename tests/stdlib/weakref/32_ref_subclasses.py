import weakref, gc
class O:
    pass
class KeyedRef(weakref.ref):
    __slots__ = ('key',)
    def __new__(cls, ob, callback, key):
        self = weakref.ref.__new__(cls, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
o = O()
log = []
k = KeyedRef(o, lambda r: log.append((type(r).__name__, r.key, r())), 'K')
print(type(k).__name__, k() is o, k.key, isinstance(k, weakref.ref), k.__callback__ is not None)
print(repr(k).startswith('<weakref at 0x'), "to 'O'" in repr(k))
print(weakref.getweakrefcount(o), [type(r).__name__ for r in weakref.getweakrefs(o)])
p = weakref.ref(o)
print(k == p, k != p, hash(k) == hash(p), hash(k) == hash(o))
del o
print(log, k(), repr(k).endswith('dead>'))
class R(weakref.ref):
    pass
x = O()
r1, r2 = R(x), R(x)
print(r1 is r2, r1 == r2, weakref.ref(x) is weakref.ref(x), type(r1).__mro__)
try:
    R()
except TypeError as e:
    print(e)
try:
    R(1)
except TypeError as e:
    print(e)
print(weakref.ref[int], R.__init__ is weakref.ref.__init__)
# a cycle through the subclass instance and its callback
class Node:
    pass
n = Node()
n.r = R(n, lambda r: print('cb', type(r).__name__))
del n
gc.collect()
t = O()
kr = R(t, lambda r: print('cb2', type(r).__name__, r() is None))
del t
del kr
print('end')


# A reference and its referent freed together: the reference is taken back for its callback.
def holder_cascade():
    class H:
        pass
    h = H()
    h.o = O()
    h.r = R(h.o, lambda r: print('cascade cb', type(r).__name__))
    del h
    p = O()
    lst = [weakref.ref(p, lambda r: print('list cb', type(r).__name__)), p]
    del p, lst


holder_cascade()
# A reference the collector cleared leaves its referent's list.
t = O()
rr = R(t)
rr.me = rr
del rr
gc.collect()
print(weakref.ref(t)() is t, weakref.getweakrefcount(t))


# Comparing references holds both referents while __eq__ runs.
class Dropper:
    def __eq__(self, other):
        global keep
        keep = None
        return NotImplemented


keep = Dropper()
a_ref, b_ref = R(keep), weakref.ref(Dropper())
print(a_ref == b_ref)


class KW(weakref.ref):
    def __init__(self, ob, cb=None, **kw):
        super().__init__(ob, cb)


print(type(KW(t, None, a=1)).__name__)
try:
    weakref.ref.__init__(weakref.ref(t), t, x=1)
except TypeError as e:
    print(e)

# getweakrefs lists the shared plain reference first, then the others newest first.
o2 = O()
order = {}
ra_ = R(o2, lambda r: None); order[id(ra_)] = 'a'
rb_ = weakref.ref(o2, lambda r: None); order[id(rb_)] = 'b'
rc_ = R(o2); order[id(rc_)] = 'c'
rd_ = weakref.ref(o2); order[id(rd_)] = 'd'
print([order[id(x)] for x in weakref.getweakrefs(o2)])
