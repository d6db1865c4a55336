# collect() accepts the generation positionally or by keyword, and True/False as 1/0
import gc
class Node:
    pass
def cyc():
    a = Node()
    a.me = a
cyc()
print(gc.collect(generation=0))
cyc()
print(gc.collect(0))
cyc()
print(gc.collect(True))
cyc()
print(gc.collect(generation=2))
print(gc.get_objects(generation=None) is not None)
