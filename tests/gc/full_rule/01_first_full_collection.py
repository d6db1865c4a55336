# with an empty old generation (after freeze) the first automatic full collection comes when count[2] > 10
import gc
class Node:
    pass
gens = []
def cb(phase, info):
    if phase == "stop":
        gens.append(info["generation"])
gc.freeze()
gc.collect()
gc.callbacks.append(cb)
for i in range(701 * 140):
    a = Node()
    a.me = a
gc.callbacks.remove(cb)
del a
print(len(gens), gens.count(0), gens.count(1), gens.count(2))
print(gens.index(2) + 1)
gc.unfreeze()
