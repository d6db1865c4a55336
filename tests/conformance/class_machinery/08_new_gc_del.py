# __new__ with a tracked registry, __del__ and refcount-driven destruction
import gc
events = []

class Tracked:
    live = 0
    def __new__(cls, name):
        Tracked.live += 1
        inst = super().__new__(cls)
        inst.name = name
        events.append("new " + name)
        return inst
    def __del__(self):
        Tracked.live -= 1
        events.append("del " + self.name)

a = Tracked("a")
b = Tracked("b")
print(Tracked.live)
del a
print(Tracked.live, events)
b = None
print(Tracked.live, events[-1])

c = Tracked("c")
d = Tracked("d")
c.other = d
d.other = c
del c, d
print(Tracked.live)
gc.collect()
print(Tracked.live, sorted(events[-2:]))

class Discard(Tracked):
    def __new__(cls, name):
        inst = super().__new__(cls, name)
        return None
r = Discard("tmp")
print(r, Tracked.live, events[-1])
