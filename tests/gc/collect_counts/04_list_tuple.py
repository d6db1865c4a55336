# a list and a tuple referring to each other: 2
import gc
gc.collect()
l = [0]
t = (l, 1, "x")
l.append(t)
del l, t
print(gc.collect())
