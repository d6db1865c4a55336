# gc.collect() called from __del__ during a collection does nothing and returns 0
import gc
class Inner:
    def __del__(self):
        print("nested collect", gc.collect())
gc.collect()
x = Inner()
y = Inner()
x.y = y
y.x = x
del x, y
print("outer", gc.collect())
