# without cycles refcounting frees everything: collect() finds nothing
import gc
class Node:
    pass
gc.collect()
print(gc.collect())
a = Node()
a.child = Node()
a.items = [Node(), [1, 2], {"k": Node()}]
del a
print(gc.collect())
for i in range(1000):
    x = [i, [i], {"i": i}]
del x
print(gc.collect())
keep = Node()
keep.me = keep
print(gc.collect())
print(gc.collect(0), gc.collect(1), gc.collect(2))
