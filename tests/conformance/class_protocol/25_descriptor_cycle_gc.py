import gc
import weakref


class Slot:
    def __set_name__(self, owner, name):
        self.key = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.key]

    def __set__(self, obj, value):
        obj.__dict__[self.key] = value


class Holder:
    def __init__(self, owner):
        self.owner = owner

    def __del__(self):
        events.append("Holder of " + self.owner.name + " finalized")


class Owner:
    child = Slot()

    def __init__(self, name):
        self.name = name
        self.child = Holder(self)

    def __del__(self):
        events.append("Owner " + self.name + " finalized")


events = []
gc.collect()
gc.disable()
a = Owner("a")
ra = weakref.ref(a, lambda r: events.append("owner a gone"))
rh = weakref.ref(a.child, lambda r: events.append("holder a gone"))
print(a.child.owner is a, ra() is a)
del a
print("after del: alive", ra() is not None, rh() is not None, events)
gc.collect()
print("after collect: alive", ra() is not None, rh() is not None)
for event in sorted(events):
    print(" ", event)
del events[:]
b = Owner("b")
b.child = None
print("cycle broken by hand", events)
rb = weakref.ref(b)
del b
print("b alive:", rb() is not None, events)
gc.enable()
