# gc.collect() always runs a full collection, whatever the 25% rule says
import gc
class Node:
    pass
gc.freeze()
heap = []
for i in range(5000):
    heap.append(Node())
gc.collect()
s0 = gc.get_stats()[2]["collections"]
a = Node()
a.me = a
del a
n = gc.collect()
s1 = gc.get_stats()[2]["collections"]
print(n, s1 - s0)
heap.clear()
gc.collect()
gc.unfreeze()
