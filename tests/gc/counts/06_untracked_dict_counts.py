# a new empty dict is not tracked, but its allocation still counts in count[0]
import gc
keep = []
gc.collect()
c0 = gc.get_count()
for i in range(5):
    keep.append({})
c1 = gc.get_count()
for i in range(5):
    keep.append([])
c2 = gc.get_count()
print(c1[0] - c0[0])
print(c2[0] - c1[0])
print(gc.is_tracked(keep[0]), gc.is_tracked(keep[5]))
