import gc
import sys
from contextlib import ExitStack


class Payload:
    pass


p = Payload()
base = sys.getrefcount(p)

stack = ExitStack()
stack.callback(id, p)
print("callback holds:", sys.getrefcount(p) - base)
stack.callback(lambda x: None, x=p)
print("two callbacks:", sys.getrefcount(p) - base)
stack.close()
print("after close:", sys.getrefcount(p) - base)

# an entered context is held until exit
class CM:
    def __enter__(self):
        return "entered"

    def __exit__(self, *a):
        return None


cm = CM()
cbase = sys.getrefcount(cm)
with ExitStack() as stack:
    stack.enter_context(cm)
    print("in stack:", sys.getrefcount(cm) - cbase)
print("out of stack:", sys.getrefcount(cm) - cbase)

# pop_all transfers the references
stack = ExitStack()
stack.push(cm)
moved = stack.pop_all()
print("moved:", sys.getrefcount(cm) - cbase, len(stack._exit_callbacks), len(moved._exit_callbacks))
del moved
print("dropped:", sys.getrefcount(cm) - cbase)

# a stack dropped without closing does not call its callbacks
calls = []
stack = ExitStack()
stack.callback(calls.append, "never")
del stack
gc.collect()
print(calls)

# a callback referencing its own stack forms a cycle the collector frees
class Marker:
    pass


import weakref
m = Marker()
r = weakref.ref(m)
stack = ExitStack()
stack.callback(lambda s, obj: None, stack, m)
del stack, m
print(r() is not None)
gc.collect()
print(r())

# the exception raised by a callback does not keep the callbacks alive
p2 = Payload()
base2 = sys.getrefcount(p2)


def boom(obj):
    raise ValueError("boom")


try:
    with ExitStack() as s:
        s.callback(boom, p2)
except ValueError as e:
    err = e
del s
print("after failing callback:", sys.getrefcount(p2) - base2)
del err
gc.collect()
print("all released:", sys.getrefcount(p2) - base2)
