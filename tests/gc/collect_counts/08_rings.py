# rings of instances of various lengths: collect() returns the ring length
import gc
class Node:
    pass
def ring(n):
    first = Node()
    cur = first
    for i in range(n - 1):
        nxt = Node()
        cur.next = nxt
        cur = nxt
    cur.next = first
gc.collect()
for n in [1, 2, 3, 10, 100, 1000]:
    ring(n)
    print(n, gc.collect())
ring(5)
ring(7)
print("two rings", gc.collect())
