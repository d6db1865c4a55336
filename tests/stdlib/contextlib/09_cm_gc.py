import gc
import sys
from contextlib import contextmanager

events = []


@contextmanager
def resource(name):
    events.append("acquire " + name)
    try:
        yield name
    finally:
        events.append("release " + name)


# a manager entered and then dropped without exit: the generator is closed on collection
cm = resource("dropped")
cm.__enter__()
del cm
gc.collect()
print(events)

# a manager that was never entered: nothing ran, nothing to release
events.clear()
cm = resource("unused")
del cm
gc.collect()
print(events)

# objects passed as arguments are released after __enter__
class Payload:
    pass


p = Payload()
base = sys.getrefcount(p)
@contextmanager
def holds(obj):
    yield obj


m = holds(p)
print("held by manager:", sys.getrefcount(p) - base)
with m as inside:
    print("inside with:", sys.getrefcount(p) - base)
del inside
print("after with:", sys.getrefcount(p) - base)
del m
print("manager gone:", sys.getrefcount(p) - base)

# the generator frame is finished after exit
m = holds(p)
with m:
    pass
print(m.gen.gi_frame, m.gen.gi_running)

# weak reference to an object held only by the context's generator
import weakref
obj = Payload()
r = weakref.ref(obj)
m = holds(obj)
del obj
m.__enter__()
print(r() is not None)
m.__exit__(None, None, None)
print(r() is not None)
del m
gc.collect()
print(r())

# a generator cycle through the manager is collected
events.clear()
cm = resource("cycle")
cm.__enter__()
cm.self_ref = cm
del cm
gc.collect()
print(events)
