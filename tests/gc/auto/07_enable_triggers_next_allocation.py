# after gc.enable() the very next allocation past the threshold triggers a collection
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
gc.disable()
gc.collect()
gc.callbacks.append(cb)
for i in range(1000):
    a = Node()
    a.me = a
n_disabled = len(log)
i = -2
gc.enable()
i = -3
b = Node()
i = -4
c = Node()
gc.callbacks.remove(cb)
del a, b, c
print(n_disabled)
print(log)
