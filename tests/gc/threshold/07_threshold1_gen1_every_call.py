# threshold (100, 0, 10): count[1] > 0 after one generation-0 collection, so generations alternate 0,1
import gc
class Node:
    pass
gens = []
def cb(phase, info):
    if phase == "stop":
        gens.append(info["generation"])
gc.set_threshold(100, 0, 10)
gc.collect()
gc.callbacks.append(cb)
for i in range(101 * 10):
    a = Node()
    a.me = a
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
del a
print(gens)
