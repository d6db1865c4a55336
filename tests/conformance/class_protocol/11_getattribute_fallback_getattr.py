class Guarded:
    def __init__(self):
        self.visible = "v"
        self._hidden = "h"

    def __getattribute__(self, name):
        if name.startswith("_") and not name.startswith("__"):
            print("blocked", name)
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        print("fallback", name)
        if name == "_hidden":
            return "via __getattr__"
        raise AttributeError(f"no {name}")


g = Guarded()
print(g.visible)
print(g._hidden)
print(g.__dict__["_hidden"])
try:
    g.absent
except AttributeError as e:
    print("AttributeError:", e)
try:
    g._other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(g, "_other", "dflt"))
print(hasattr(g, "visible"), hasattr(g, "absent"))


class NotAttr:
    def __getattribute__(self, name):
        raise ValueError("boom " + name)

    def __getattr__(self, name):
        return "never"


try:
    NotAttr().x
except ValueError as e:
    print("ValueError:", e)
