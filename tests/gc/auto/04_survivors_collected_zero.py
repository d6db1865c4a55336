# objects kept alive: automatic collections still fire on allocation but collect nothing
import gc
class Node:
    pass
keep = []
log = []
i = -1
def cb(phase, info):
    if phase == "stop":
        log.append(i)
        log.append(info["generation"])
        log.append(info["collected"])
gc.collect()
gc.callbacks.append(cb)
for i in range(3000):
    keep.append(Node())
gc.callbacks.remove(cb)
k = 0
while k < len(log):
    print(log[k], log[k + 1], log[k + 2])
    k += 3
print(len(keep))
