# each new instance adds 1 to count[0]; the tuple returned by get_count() is itself a new tracked-type object
import gc
class Node:
    pass
gc.collect()
c0 = gc.get_count()
head = None
for i in range(10):
    n = Node()
    n.next = head
    head = n
c1 = gc.get_count()
print(c0)
print(c1)
print(c1[0] - c0[0])
