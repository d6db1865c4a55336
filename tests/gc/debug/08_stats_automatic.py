# DEBUG_STATS output of automatic collections (threshold 20, startup objects frozen)
import gc
class Node:
    pass
gc.set_threshold(20)
print("start")
gc.freeze()
gc.collect()
gc.set_debug(gc.DEBUG_STATS)
for i in range(50):
    a = Node()
    a.me = a
gc.set_debug(0)
gc.set_threshold(700)
del a
gc.collect()
gc.unfreeze()
print("done")
