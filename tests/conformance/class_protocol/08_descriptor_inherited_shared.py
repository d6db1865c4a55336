class Counter:
    def __init__(self):
        self.names = []
        self.reads = 0

    def __set_name__(self, owner, name):
        self.names.append(owner.__name__ + "." + name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        self.reads += 1
        return obj.__dict__.get("store", {}).get(id(self), 0)

    def __set__(self, obj, value):
        obj.__dict__.setdefault("store", {})[id(self)] = value


shared = Counter()


class Base:
    first = shared
    second = shared
    own = Counter()


class Child(Base):
    pass


print(shared.names)
print(Base.own.names)
c = Child()
c.first = 5
print(c.first, c.second)
c.second = 9
print(c.first, c.second)
print(shared.reads)
print(Child.first is Base.second)
print("first" in vars(Child), "first" in vars(Base))
b = Base()
b.own = 1
print(b.own, c.own)
print(Base.own.reads)


class Override(Base):
    first = "plain class attribute"


o = Override()
print(o.first)
o.first = "instance"
print(o.first, o.second)
