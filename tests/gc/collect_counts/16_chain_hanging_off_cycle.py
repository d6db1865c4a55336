# everything reachable only from a garbage cycle is unreachable too: a 2-cycle plus a 50-node chain is 52
import gc
class Node:
    pass
gc.collect()
a = Node()
b = Node()
a.b = b
b.a = a
cur = a
for i in range(50):
    nxt = Node()
    cur.tail = nxt
    cur = nxt
del a, b, cur, nxt
print(gc.collect())
head = Node()
cur = head
for i in range(50):
    nxt = Node()
    cur.tail = nxt
    cur = nxt
cur.tail = [cur]
del head, cur, nxt
print(gc.collect())
