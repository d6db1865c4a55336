# freeze parks every tracked object in the permanent generation; unfreeze returns them to generation 2
import gc
class Node:
    pass
def present(x, objs):
    for o in objs:
        if o is x:
            return True
    return False
gc.collect()
print(gc.get_freeze_count())
a = Node()
b = Node()
a.b = b
b.a = a
gc.freeze()
print(gc.get_freeze_count() > 0, gc.get_count()[0])
print(present(a, gc.get_objects()))
del a, b
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.collect())
gc.freeze()
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
