# metaclass __call__ controls instance creation
class Counting(type):
    def __call__(cls, *args, **kw):
        cls.created = getattr(cls, "created", 0) + 1
        inst = super().__call__(*args, **kw)
        inst.serial = cls.created
        return inst

class Widget(metaclass=Counting):
    def __init__(self, name):
        self.name = name

print([(w.name, w.serial) for w in map(Widget, "abc")], Widget.created)

Gadget = type("Gadget", (Widget,), {})
g = Gadget("g")
print(g.serial, Gadget.created, Widget.created)

class NoInit(type):
    def __call__(cls, *args):
        return ("intercepted", cls.__name__, args)

class Thing(metaclass=NoInit):
    def __init__(self):
        raise RuntimeError("not reached")

print(Thing(1, 2))

class CachedMeta(type):
    def __call__(cls, key):
        cache = cls.__dict__.get("_cache") or {}
        cls._cache = cache
        if key not in cache:
            cache[key] = super().__call__(key)
        return cache[key]

class Node(metaclass=CachedMeta):
    def __init__(self, key):
        self.key = key
print(Node(1) is Node(1), Node(1) is Node(2), sorted(Node._cache))
