# gc.collect() returns 2 for two instances referring to each other
import gc
class Node:
    pass
gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
print(gc.collect())
del a
print(gc.collect())
del b
print(gc.collect())
print(gc.collect())
