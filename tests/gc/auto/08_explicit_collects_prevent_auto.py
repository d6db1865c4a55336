# explicit collections every 500 allocations keep count[0] under the threshold: no automatic ones
import gc
class Node:
    pass
log = []
def cb(phase, info):
    if phase == "stop":
        log.append(info["collected"])
gc.collect()
gc.callbacks.append(cb)
explicit = []
for i in range(3000):
    a = Node()
    a.me = a
    if i % 500 == 499:
        explicit.append(gc.collect())
gc.callbacks.remove(cb)
del a
print(explicit)
print(log)
