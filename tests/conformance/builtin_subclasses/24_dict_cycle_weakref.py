import gc
import weakref

gc.disable()

class Registry(dict):
    pass

def gone(ref):
    print("callback ran, referent is", ref())

r = Registry(name="root")
r["self"] = r
w = weakref.ref(r, gone)
print(w() is r, r["self"]["self"]["name"], len(r))
del r
print("after del:", w() is not None)
gc.collect()
print("after collect:", w() is None)

x = Registry()
y = Registry()
x["peer"] = y
y["peer"] = x
wx = weakref.ref(x)
wy = weakref.ref(y, gone)
del x, y
print("pair alive:", wx() is not None, wy() is not None)
gc.collect()
print("pair gone:", wx() is None, wy() is None)

class Owner(dict):
    def __del__(self):
        print("Owner __del__", sorted(self))

o = Owner(a=1)
o["me"] = o
del o
gc.collect()
print("end")
