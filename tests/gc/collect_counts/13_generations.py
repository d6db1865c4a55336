# a cycle that reached generation 2 is only found by a full collection
import gc
class Node:
    pass
def cycle():
    a = Node()
    a.me = a
gc.collect()
cycle()
print(gc.collect(0))
cycle()
print(gc.collect(1))
keep = Node()
keep.me = keep
print(gc.collect(0))
del keep
print(gc.collect(0), gc.collect(1))
print(gc.collect(2))
keep = Node()
keep.me = keep
gc.collect(0)
del keep
print(gc.collect(1))
