# A finalizer that calls gc.collect() runs while a gc callback is still running: the
# collection is in progress, so the nested gc.collect() does nothing and returns 0.
import gc

class Collects:
    runs = 0
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        Collects.runs += 1
        print('del', self.tag, 'nested collect ->', gc.collect())

phases = []
def cb(phase, info):
    phases.append(phase)
    if phase == 'stop' and len(phases) < 6:
        Collects('made in callback %d' % len(phases))

class Node:
    pass

gc.callbacks.append(cb)
for i in range(3):
    a = Node()
    a.me = a
    del a
    print('collected', gc.collect())
gc.callbacks.remove(cb)
print(phases)
print('finalizers run:', Collects.runs)
