# count[0] never goes below 0 when old objects are freed after a collection
import gc
class Node:
    pass
old = []
for i in range(50):
    old.append(Node())
gc.collect()
c0 = gc.get_count()
old.clear()
c1 = gc.get_count()
a = Node()
b = Node()
c2 = gc.get_count()
print(c0, c1, c2)
