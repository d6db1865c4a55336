import gc
import sys
import reprlib


class Node:
    def __init__(self):
        self.other = None

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % (self.other,)


n = Node()
n.other = n
base = sys.getrefcount(n)
for i in range(5):
    repr(n)
print(sys.getrefcount(n) - base)
print(repr(n))

# the decorator's bookkeeping does not keep objects alive
import weakref
m = Node()
r = weakref.ref(m)
repr(m)
del m
gc.collect()
print(r())

items = [object() for _ in range(3)]
counts = [sys.getrefcount(o) for o in items]
rp = reprlib.Repr()
s = rp.repr(items)
print([sys.getrefcount(o) for o in items] == counts)
big = list(range(1000))
b = sys.getrefcount(big)
rp.repr([big, big])
print(sys.getrefcount(big) - b)
