# instances stay tracked even with no attributes or only atomic ones, also after collections
import gc
class Empty:
    pass
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
e = Empty()
p = Point(1, 2)
print(gc.is_tracked(e), gc.is_tracked(p))
gc.collect()
print(gc.is_tracked(e), gc.is_tracked(p))
l = []
gc.collect()
print(gc.is_tracked(l))
