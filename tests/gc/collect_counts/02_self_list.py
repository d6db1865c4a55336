# a list containing itself is 1 unreachable object; a list holding it adds 1 more
import gc
gc.collect()
l = []
l.append(l)
del l
print(gc.collect())
outer = []
inner = [outer]
outer.append(inner)
outer.append([1, 2, 3])
del outer, inner
print(gc.collect())
