# thresholds (100, 2, 0): generation 2 runs once survivors of generation-1 collections reach 25% of the old heap
import gc
class Node:
    pass
gens = []
def cb(phase, info):
    if phase == "stop":
        gens.append(info["generation"])
gc.set_threshold(100, 2, 0)
gc.freeze()
heap = []
for i in range(4000):
    heap.append(Node())
gc.collect()
gc.callbacks.append(cb)
keep = []
for i in range(101 * 24 - 30):
    keep.append(Node())
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
line = ""
for g in gens:
    line = line + str(g)
print(line)
heap.clear()
keep.clear()
gc.collect()
gc.unfreeze()
