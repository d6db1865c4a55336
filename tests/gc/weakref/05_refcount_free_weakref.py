# without a cycle the weakref dies at refcount zero, before any collection
import gc
import weakref
class Node:
    pass
calls = []
def on_dead(ref):
    calls.append("dead")
n = Node()
r = weakref.ref(n, on_dead)
print(r() is n, calls)
del n
print(r() is None, calls)
print(gc.collect())
