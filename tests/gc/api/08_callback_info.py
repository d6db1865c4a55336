# the info dict passed to callbacks: keys, zeros at start, collected equals collect()'s return at stop
import gc
class Node:
    pass
seen = []
def cb(phase, info):
    keys = sorted(info)
    seen.append(phase)
    seen.append(keys)
    seen.append(info["generation"])
    seen.append(info["collected"])
    seen.append(info["uncollectable"])
gc.collect()
gc.callbacks.append(cb)
for i in range(4):
    a = Node()
    a.me = a
del a
n = gc.collect(2)
gc.callbacks.remove(cb)
print(n)
for item in seen:
    print(item)
