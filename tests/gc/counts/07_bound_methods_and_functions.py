# a bound method object kept alive counts 1; calling a method directly allocates nothing that survives
import gc
class Obj:
    def m(self):
        return 1
o = Obj()
keep = []
gc.collect()
c0 = gc.get_count()
for i in range(4):
    keep.append(o.m)
c1 = gc.get_count()
total = 0
for i in range(100):
    total = total + o.m()
c2 = gc.get_count()
print(c1[0] - c0[0], c2[0] - c1[0], total)
