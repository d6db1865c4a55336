import gc
import weakref


class O:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


o = O("o")
refs = []
for i in range(3):
    refs.append(weakref.ref(o, lambda r, i=i: print("callback", i, r() is None)))
plain = weakref.ref(o)
del o
print("after del", plain())

# callbacks of objects dying in a collected cycle
x, y = O("x"), O("y")
x.other, y.other = y, x
rx = weakref.ref(x, lambda r: print("x callback"))
ry = weakref.ref(y, lambda r: print("y callback"))
del x, y
print("collect")
gc.collect()
print("collected", rx(), ry())

# a ref dropped before its referent: no callback
w = O("w")
rw = weakref.ref(w, lambda r: print("never"))
del rw
del w
print("end")
