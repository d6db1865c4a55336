# freeing instances by refcounting takes them off count[0]
import gc
class Node:
    pass
gc.collect()
c0 = gc.get_count()
head = None
for i in range(20):
    n = Node()
    n.next = head
    head = n
n = None
c1 = gc.get_count()
head = head.next.next.next
c2 = gc.get_count()
head = None
c3 = gc.get_count()
print(c0[0], c1[0], c2[0], c3[0])
