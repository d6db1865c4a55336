# cyclic garbage is not freed by refcounting, so it stays in count[0] until a collection
import gc
class Node:
    pass
gc.collect()
c0 = gc.get_count()
for i in range(30):
    a = Node()
    a.me = a
a = None
c1 = gc.get_count()
for i in range(30):
    b = Node()
b = None
c2 = gc.get_count()
print(c1[0] - c0[0], c2[0] - c1[0])
n = gc.collect()
c3 = gc.get_count()
print(n, c3)
