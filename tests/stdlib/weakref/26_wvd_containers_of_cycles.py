import gc
import weakref


class Cyc:
    def __init__(self, n):
        self.n = n
        self.me = self


gc.collect()
d = weakref.WeakValueDictionary()
s = weakref.WeakSet()
kd = weakref.WeakKeyDictionary()
objs = [Cyc(i) for i in range(5)]
for o in objs:
    d[o.n] = o
    s.add(o)
    kd[o] = o.n
del o
del objs[1:3]
print(len(d), len(s), len(kd))
gc.collect()
print(len(d), len(s), len(kd), sorted(d), sorted(kd.values()))
# collecting while an iterator is suspended defers the removals
it = iter(d)
first = next(it)
del objs[:]
gc.collect()
print(first, len(d._pending_removals), list(it))
del it
print(len(d), len(s), len(kd))
