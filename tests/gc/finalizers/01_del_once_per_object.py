# __del__ runs once for every object of a collected cycle, and collect() counts them all
import gc
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
gc.collect()
a = Res("a")
b = Res("b")
c = Res("c")
a.next = b
b.next = c
c.next = a
del a, b, c
print("collecting")
print(gc.collect())
print(gc.collect())
