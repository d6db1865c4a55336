# disable/enable/isenabled, and disable does not stop explicit collections
import gc
class Node:
    pass
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
a = Node()
a.me = a
del a
print(gc.collect())
gc.enable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
