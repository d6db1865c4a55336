class Lazy:
    cls_attr = "from class"

    def __init__(self):
        self.real = "real"

    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")


o = Lazy()
print(o.real)
print(o.cls_attr)
print(o.x_abc)
print(hasattr(o, "x_q"), hasattr(o, "nope"))
print(getattr(o, "nope", "default"))
print(getattr(o, "x_dflt", "default"))
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)
o.x_abc = "set directly"
print(o.x_abc)
print(sorted(vars(o)))


class Broken:
    def __getattr__(self, name):
        raise KeyError(name)


try:
    hasattr(Broken(), "a")
except KeyError as e:
    print("KeyError propagates through hasattr:", e)
try:
    getattr(Broken(), "a", None)
except KeyError as e:
    print("KeyError propagates through getattr:", e)
