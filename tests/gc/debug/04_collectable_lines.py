# DEBUG_COLLECTABLE writes one "gc: collectable <Type 0x...>" stderr line per unreachable object
import gc
class Node:
    pass
gc.collect()
gc.set_debug(gc.DEBUG_COLLECTABLE)
a = Node()
b = Node()
a.b = b
b.a = a
l = [a]
l.append(l)
del a, b, l
print(gc.collect())
d = {}
d["d"] = d
del d
print(gc.collect())
gc.set_debug(0)
