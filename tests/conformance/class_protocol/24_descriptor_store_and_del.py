import gc


class PerInstance:
    """Keeps values in the owner instance's __dict__, never in the descriptor."""

    def __set_name__(self, owner, name):
        self.key = "_store_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.key)

    def __set__(self, obj, value):
        obj.__dict__[self.key] = value


class ById:
    """Keeps values in a dict keyed by id(obj); must be cleaned up by the owner."""

    def __init__(self):
        self.values = {}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.values[id(obj)]

    def __set__(self, obj, value):
        self.values[id(obj)] = value

    def __delete__(self, obj):
        del self.values[id(obj)]


class Payload:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print("Payload", self.label, "freed")


class Node:
    data = PerInstance()
    extra = ById()

    def __init__(self, name):
        self.name = name
        self.data = Payload(name + "-data")
        self.extra = name + "-extra"

    def __del__(self):
        print("Node", self.name, "freed")
        del self.extra


gc.disable()
n = Node("n1")
m = Node("n2")
print(n.data.label, m.extra, len(Node.extra.values))
print(sorted(vars(n)))
n.data = Payload("replacement")
print("replaced")
del n
print("after del n", len(Node.extra.values))
m.data = None
print("after clearing m.data")
del m
print("after del m", len(Node.extra.values))
gc.enable()
