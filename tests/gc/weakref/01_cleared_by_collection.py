# a weak reference to a member of a garbage cycle is cleared by the collection
import gc
import weakref
class Node:
    pass
gc.collect()
a = Node()
b = Node()
a.b = b
b.a = a
r = weakref.ref(a)
del a, b
print(r() is None)
print(gc.collect())
print(r() is None)
