# each automatic collection calls callbacks with "start" (zeros) then "stop" (results)
import gc
class Node:
    pass
log = []
def cb(phase, info):
    log.append(phase)
    log.append(info["generation"])
    log.append(info["collected"])
    log.append(info["uncollectable"])
gc.collect()
gc.callbacks.append(cb)
for i in range(1500):
    a = Node()
    a.me = a
gc.callbacks.remove(cb)
del a
k = 0
while k < len(log):
    print(log[k], log[k + 1], log[k + 2], log[k + 3])
    k += 4
