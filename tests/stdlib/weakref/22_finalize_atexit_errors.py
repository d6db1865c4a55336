import sys
import weakref


def hook(tp, value, tb):
    print("excepthook:", tp.__name__, value, tb is not None)


sys.excepthook = hook


class O:
    pass


def bad():
    print("bad runs")
    raise RuntimeError("finalizer failed")


def spawn():
    print("spawn runs")
    p = O()
    keep.append(p)
    weakref.finalize(p, print, "spawned finalizer")


keep = [O(), O(), O()]
weakref.finalize(keep[0], print, "first")
weakref.finalize(keep[1], bad)
weakref.finalize(keep[2], spawn)
print("main done")
