# a cycle through a list, a dict, a set-holding instance and a tuple
import gc
class Box:
    pass
gc.collect()
b = Box()
lst = [b]
d = {"list": lst}
t = (d, 5)
b.t = t
b.tags = {1, 2}
del b, lst, d, t
print(gc.collect())
