import atexit
import weakref


class O:
    def __init__(self, name):
        self.name = name


keep = [O(str(i)) for i in range(4)]
fs = [weakref.finalize(o, print, "finalize", o.name) for o in keep]
fs[1].atexit = False
fs[2]()
atexit.register(print, "atexit handler registered after")
extra = O("extra")
weakref.finalize(extra, print, "finalize extra", sep="|")
print("main done", [f.alive for f in fs])
