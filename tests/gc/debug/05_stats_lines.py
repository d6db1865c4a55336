# DEBUG_STATS lines for collections of each generation (startup objects parked by freeze)
import gc
class Node:
    pass
print("start")
gc.freeze()
gc.collect()
gc.set_debug(gc.DEBUG_STATS)
a = Node()
a.me = a
keep = Node()
del a
print(gc.collect(0))
b = Node()
b.me = b
del b
print(gc.collect(1))
c = Node()
c.me = c
del c, keep
print(gc.collect(2))
gc.set_debug(0)
gc.unfreeze()
