# with the collector disabled, count[0] keeps growing past the threshold
import gc
class Node:
    pass
gc.disable()
gc.collect()
c0 = gc.get_count()
for i in range(2000):
    a = Node()
    a.me = a
a = None
c1 = gc.get_count()
print(c1[0] - c0[0], c1[0] > gc.get_threshold()[0])
print(gc.collect())
gc.enable()
