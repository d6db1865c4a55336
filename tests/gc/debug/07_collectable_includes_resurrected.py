# DEBUG_COLLECTABLE lists an object before its finalizer resurrects it; collect() still returns 0
import gc
saved = []
class Phoenix:
    def __del__(self):
        saved.append(self)
gc.collect()
gc.set_debug(gc.DEBUG_COLLECTABLE)
p = Phoenix()
p.me = p
del p
print(gc.collect())
gc.set_debug(0)
saved.clear()
print(gc.collect())
