# lowering the threshold mid-loop makes the next collection come sooner; raising it delays it
import gc
class Node:
    pass
log = []
i = -1
def cb(phase, info):
    if phase == "stop":
        log.append(i)
        log.append(info["collected"])
gc.collect()
# a first set_threshold call, then collect(0) to zero count[0]: every later call is like the first
gc.set_threshold(700)
gc.collect(0)
gc.callbacks.append(cb)
for i in range(2000):
    if i == 300:
        gc.set_threshold(400)
    if i == 1000:
        gc.set_threshold(900)
    a = Node()
    a.me = a
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
del a
print(log)
