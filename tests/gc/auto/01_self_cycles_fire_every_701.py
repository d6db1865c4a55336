# automatic collections while building self-referencing instances: first at i=700, then every 701 allocations
import gc
class Node:
    pass
log = []
i = -1
def cb(phase, info):
    if phase == "stop":
        log.append(i)
        log.append(info["generation"])
        log.append(info["collected"])
gc.collect()
gc.callbacks.append(cb)
for i in range(5000):
    a = Node()
    a.me = a
gc.callbacks.remove(cb)
del a
k = 0
while k < len(log):
    print("at", log[k], "gen", log[k + 1], "collected", log[k + 2])
    k += 3
