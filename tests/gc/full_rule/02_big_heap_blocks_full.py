# a large long-lived heap: young cycles never make 25% of it pending, so no full collection runs
import gc
class Node:
    pass
gens = []
def cb(phase, info):
    if phase == "stop":
        gens.append(info["generation"])
gc.freeze()
heap = []
for i in range(20000):
    heap.append(Node())
gc.collect()
gc.callbacks.append(cb)
for i in range(701 * 140):
    a = Node()
    a.me = a
gc.callbacks.remove(cb)
del a
c = gc.get_count()
print(len(gens), gens.count(0), gens.count(1), gens.count(2))
print(c[2])
heap.clear()
gc.collect()
gc.unfreeze()
