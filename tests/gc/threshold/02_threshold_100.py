# with threshold 100 automatic collections fire every 101 allocations
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
gc.set_threshold(100)
gc.collect()
gc.callbacks.append(cb)
for i in range(700):
    a = Node()
    a.me = a
gc.callbacks.remove(cb)
del a
gc.set_threshold(700, 10, 10)
k = 0
while k < len(log):
    print(log[k], log[k + 1], log[k + 2])
    k += 3
