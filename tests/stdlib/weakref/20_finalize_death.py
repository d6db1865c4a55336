import gc
import weakref


class O:
    def __init__(self, name):
        self.name = name


def done(tag, *, extra=None):
    print("finalized", tag, extra)


a = O("a")
a2 = O("a2")
fa = weakref.finalize(a, done, "a")
fb = weakref.finalize(a2, done, "a2", extra=5)
print("deleting a")
del a
del a2
print(fa.alive, fb.alive, fa(), fb.peek())

b = O("b")
b.self = b
fb = weakref.finalize(b, done, "cycle")
del b
print("before collect", fb.alive)
gc.collect()
print("after collect", fb.alive)

# the callback may reference other objects; it must not reference obj itself
c = O("c")
held = [1, 2]
fc = weakref.finalize(c, held.append, 3)
del c
print(held, fc.alive)


# a finalizer whose function raises when called directly
def boom():
    raise ValueError("boom")


d = O("d")
fd = weakref.finalize(d, boom)
try:
    fd()
except ValueError as e:
    print(type(e).__name__, e, fd.alive)
try:
    weakref.finalize(1, print)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.finalize(d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.finalize()
except TypeError as e:
    print(type(e).__name__, e)
e = O("e")
fe = weakref.finalize(e, lambda: print("lambda fin"))
fe.atexit = False
print("end")
