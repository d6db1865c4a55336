# gc.is_finalized is False until __del__ has run on the object during a collection
import gc
keep = []
class F:
    def __del__(self):
        keep.append(self)
class Plain:
    pass
x = F()
print(gc.is_finalized(x))
x.me = x
del x
gc.collect()
print(gc.is_finalized(keep[0]))
y = Plain()
y.me = y
print(gc.is_finalized(y))
print(gc.is_finalized(1), gc.is_finalized([]), gc.is_finalized("s"))
keep.clear()
del y
gc.collect()
