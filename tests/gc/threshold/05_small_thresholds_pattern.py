# thresholds (50, 2, 2): generation 1 every 3rd collection; generation 2 once count[2] > 2 (small heap after freeze)
import gc
class Node:
    pass
gens = []
def cb(phase, info):
    if phase == "stop":
        gens.append(info["generation"])
gc.set_threshold(50, 2, 2)
gc.freeze()
gc.collect()
gc.callbacks.append(cb)
for i in range(51 * 20 - 25):
    a = Node()
    a.me = a
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
del a
line = ""
for g in gens:
    line = line + str(g)
print(line)
gc.unfreeze()
