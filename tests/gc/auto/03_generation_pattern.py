# the generation of each automatic collection: generation 1 every 12th (count[1] must exceed 10)
import gc
class Node:
    pass
gens = []
def cb(phase, info):
    if phase == "stop":
        gens.append(info["generation"])
gc.collect()
gc.callbacks.append(cb)
for i in range(701 * 30):
    a = Node()
    a.me = a
gc.callbacks.remove(cb)
del a
print(len(gens))
line = ""
for g in gens:
    line = line + str(g)
print(line)
