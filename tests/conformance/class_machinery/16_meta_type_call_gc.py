# type(name, bases, ns) with a metaclass; classes in reference cycles collected by gc
import gc, weakref

class Meta(type):
    made = []
    def __new__(mcls, name, bases, ns):
        Meta.made.append(name)
        return super().__new__(mcls, name, bases, ns)

Base = Meta("Base", (), {"v": 1})
Child = type("Child", (Base,), {"w": 2})
print(type(Base).__name__, type(Child).__name__, Meta.made)
print(Child().v, Child().w, Child.__bases__[0] is Base)

Made = type.__new__(Meta, "Made", (), {})
print(type(Made).__name__, Meta.made)

def make():
    cls = Meta("Temp", (), {"items": []})
    inst = cls()
    cls.items.append(inst)
    inst.self_ref = inst
    return weakref.ref(cls), weakref.ref(inst)

gc.collect()
gc.disable()
wc, wi = make()
print(wc() is not None, wi() is not None)
n = gc.collect()
print(n > 0, gc.collect(), wc() is None, wi() is None)
gc.enable()

try:
    type("Bad", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("Bad", ())
except TypeError as e:
    print(type(e).__name__, e)
