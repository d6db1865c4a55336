import weakref


class O:
    pass


def report(*args, **kwargs):
    print("report", args, sorted(kwargs.items()))
    return "result"


o = O()
f = weakref.finalize(o, report, 1, 2, key="v")
print(f.alive, f.atexit, type(f).__name__)
obj, func, args, kwargs = f.peek()
print(obj is o, func is report, args, kwargs)
print(f(), f.alive, f(), f.peek(), f.detach())
g = weakref.finalize(o, report)
print(g.peek()[2:], g.alive)
det = g.detach()
print(det[0] is o, det[1] is report, det[2:], g.alive, g.detach(), g())
h = weakref.finalize(o, report, "x")
h.atexit = 0
print(h.atexit, type(h.atexit).__name__)
h.atexit = "yes"
print(h.atexit)
h()
print(h.atexit, h.alive)
h.atexit = True
print(h.atexit)
print(repr(f).startswith("<finalize object at 0x"), repr(f).endswith("; dead>"))
k = weakref.finalize(o, print, "k")
print(repr(k).split(";")[1].split(" at ")[0])
try:
    f.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(f, "__dict__"))
k.detach()
