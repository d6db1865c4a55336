# after each full collection the old heap is bigger, so the next full collection needs more survivors
import gc
class Node:
    pass
gens = []
def cb(phase, info):
    if phase == "stop":
        gens.append(info["generation"])
gc.set_threshold(100, 1, 0)
gc.freeze()
heap = []
for i in range(1000):
    heap.append(Node())
gc.collect()
gc.callbacks.append(cb)
for i in range(101 * 60 - 40):
    heap.append(Node())
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
line = ""
for g in gens:
    line = line + str(g)
print(line)
heap.clear()
gc.collect()
gc.unfreeze()
