# __prepare__ returning a custom namespace
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            if key in self: raise TypeError("duplicate definition: %s" % key)
            self.order.append(key)
        super().__setitem__(key, value)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return RecordingDict()
    def __new__(mcls, name, bases, ns, **kw):
        print("namespace type:", type(ns).__name__)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = list(ns.order)
        return cls

class Record(metaclass=OrderedMeta, strict=True):
    zeta = 1
    alpha = 2
    def mid(self): pass
    beta = 3

print(Record.field_order)
print(type(Record.__dict__).__name__)
try:
    class Dup(metaclass=OrderedMeta):
        a = 1
        a = 2
except TypeError as e:
    print(type(e).__name__, e)

ns = type("Plain", (type,), {}).__prepare__("X", ())
print(type(ns).__name__, ns)
print(type.__prepare__("X", (), anything=1))
