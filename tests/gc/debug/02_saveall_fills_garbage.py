# DEBUG_SAVEALL puts unreachable objects in gc.garbage instead of freeing them
import gc
class Node:
    pass
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = Node()
b = Node()
a.b = b
b.a = a
l = [1]
l.append(l)
del a, b, l
n = gc.collect()
names = []
for o in gc.garbage:
    names.append(type(o).__name__)
names.sort()
print(n, len(gc.garbage), names)
print(gc.collect(), len(gc.garbage))
gc.set_debug(0)
del o
gc.garbage.clear()
print(gc.collect(), len(gc.garbage))
