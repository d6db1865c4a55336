# a cycle reachable only from non-cyclic garbage is left for the collector; what a cycle holds counts too
import gc
class Node:
    pass
gc.collect()
a = Node()
b = Node()
a.b = b
b.a = a
holder = [a]
del a, b
print(gc.collect())
del holder
print(gc.collect())
a = Node()
b = Node()
a.b = b
b.a = a
a.stuff = [1, 2, [3]]
b.stuff = Node()
del a, b
print(gc.collect())
