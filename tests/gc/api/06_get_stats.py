# get_stats: one dict per generation; explicit collections add to collections/collected of their generation only
import gc
class Node:
    pass
def snap():
    out = []
    for st in gc.get_stats():
        out.append(st["collections"])
        out.append(st["collected"])
        out.append(st["uncollectable"])
    return out
def diff(a, b):
    out = []
    for i in range(len(a)):
        out.append(b[i] - a[i])
    return out
stats = gc.get_stats()
print(len(stats), sorted(stats[0]), sorted(stats[2]))
gc.disable()
s0 = snap()
a = Node()
a.me = a
del a
gc.collect(0)
s1 = snap()
print(diff(s0, s1))
b = Node()
c = Node()
b.c = c
c.b = b
del b, c
gc.collect(1)
s2 = snap()
print(diff(s1, s2))
l = []
l.append(l)
del l
gc.collect()
s3 = snap()
print(diff(s2, s3))
gc.enable()
