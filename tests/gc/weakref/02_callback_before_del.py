# weakref callbacks for cyclic garbage run before the __del__ finalizers
import gc
import weakref
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def on_dead(ref):
    print("callback, referent gone:", ref() is None)
gc.collect()
a = Node("a")
b = Node("b")
a.b = b
b.a = a
r = weakref.ref(a, on_dead)
del a, b
print(gc.collect())
