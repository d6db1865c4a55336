# DEBUG_LEAK = collectable lines on stderr plus saving everything in gc.garbage
import gc
class Node:
    pass
gc.collect()
gc.set_debug(gc.DEBUG_LEAK)
x = Node()
y = [x]
x.y = y
del x, y
print(gc.collect())
print(len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
