# cycles built by a function called in a loop: 2 allocations per call, collection inside the call
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
def make():
    a = Node()
    b = Node()
    a.b = b
    b.a = a
gc.collect()
gc.callbacks.append(cb)
for i in range(2000):
    make()
gc.callbacks.remove(cb)
k = 0
while k < len(log):
    print(log[k], log[k + 1], log[k + 2])
    k += 3
