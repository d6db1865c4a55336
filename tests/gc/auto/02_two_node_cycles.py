# two allocations per iteration: collections fire in the middle of an iteration
import gc
class Node:
    pass
log = []
i = -1
step = 0
def cb(phase, info):
    if phase == "stop":
        log.append(i)
        log.append(step)
        log.append(info["collected"])
gc.collect()
gc.callbacks.append(cb)
for i in range(2000):
    step = 1
    a = Node()
    step = 2
    b = Node()
    a.b = b
    b.a = a
gc.callbacks.remove(cb)
del a, b
k = 0
while k < len(log):
    print("iteration", log[k], "step", log[k + 1], "collected", log[k + 2])
    k += 3
