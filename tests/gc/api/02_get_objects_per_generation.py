# instances of one class counted per generation as collections move them older
import gc
class Thing:
    pass
def per_gen():
    counts = []
    for g in range(3):
        n = 0
        for o in gc.get_objects(g):
            if type(o) is Thing:
                n += 1
        counts.append(n)
    return counts
gc.collect()
keep = []
for i in range(3):
    keep.append(Thing())
print(per_gen())
gc.collect(0)
print(per_gen())
keep.append(Thing())
keep.append(Thing())
print(per_gen())
gc.collect(1)
print(per_gen())
keep.append(Thing())
print(per_gen())
gc.collect()
print(per_gen())
del keep[0]
print(per_gen())
