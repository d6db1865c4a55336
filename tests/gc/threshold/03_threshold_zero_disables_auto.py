# threshold 0 turns automatic collection off while isenabled() stays True
import gc
class Node:
    pass
fired = []
def cb(phase, info):
    fired.append(phase)
gc.set_threshold(0)
gc.collect()
gc.callbacks.append(cb)
for i in range(5000):
    a = Node()
    a.me = a
gc.callbacks.remove(cb)
del a
print(gc.isenabled(), len(fired))
print(gc.collect())
gc.set_threshold(700)
