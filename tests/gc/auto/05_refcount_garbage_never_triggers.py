# non-cyclic garbage is freed at once, so count[0] never climbs: no automatic collection
import gc
class Node:
    pass
fired = []
def cb(phase, info):
    fired.append(phase)
gc.collect()
gc.callbacks.append(cb)
for i in range(20000):
    a = Node()
    a.child = Node()
    a.child.x = [1, 2]
gc.callbacks.remove(cb)
print(len(fired))
