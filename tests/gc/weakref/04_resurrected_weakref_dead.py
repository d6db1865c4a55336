# weak references are cleared before finalizers run, so a resurrected object's old weakref stays dead
import gc
import weakref
saved = []
class Phoenix:
    def __del__(self):
        saved.append(self)
gc.collect()
p = Phoenix()
p.me = p
r = weakref.ref(p)
del p
print(gc.collect())
print(len(saved), r() is None)
r2 = weakref.ref(saved[0])
print(r2() is saved[0])
saved.clear()
print(gc.collect(), r2() is None)
