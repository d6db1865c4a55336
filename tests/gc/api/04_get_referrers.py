# gc.get_referrers finds the containers that hold an object (not a function's local variables)
import gc
class Box:
    pass
def names(objs):
    out = []
    for o in objs:
        out.append(type(o).__name__)
    out.sort()
    return out
def f():
    x = []
    holder = [x]
    b = Box()
    b.item = x
    d = {"k": x}
    t = (x, 1)
    refs = gc.get_referrers(x)
    print(names(refs))
    print(len(gc.get_referrers(holder)), len(gc.get_referrers(b)))
    del refs
    print(len(gc.get_referrers(holder)), len(gc.get_referrers(b)))
f()
y = [0]
h = (y, 1)
print(names(gc.get_referrers(y)))
