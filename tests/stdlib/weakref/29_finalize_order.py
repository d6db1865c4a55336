import gc
import weakref


class O:
    pass


objs = [O() for _ in range(3)]
for i, o in enumerate(objs):
    weakref.finalize(o, print, "death", i)
del o
objs.reverse()
print("clearing")
objs.clear()

x = O()
for i in range(3):
    weakref.finalize(x, print, "same object", i)
del x

g = O()
g.cycle = g
fins = [weakref.finalize(g, print, "cycle", i) for i in range(2)]
del g
gc.collect()
print([f.alive for f in fins])

survivors = [O() for _ in range(3)]
for i, s in enumerate(survivors):
    weakref.finalize(s, print, "at exit", i)
print("end of main")
