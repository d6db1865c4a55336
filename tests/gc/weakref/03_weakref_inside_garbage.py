# a weak reference that is itself part of the garbage does not call its callback
import gc
import weakref
class Node:
    pass
def on_dead(ref):
    print("callback called")
gc.collect()
a = Node()
a.me = a
a.ref = weakref.ref(a, on_dead)
del a
print(gc.collect())
print("done")
