import copy

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b

s = Slotted(1, [2])
c = copy.copy(s)
d = copy.deepcopy(s)
print(type(c).__name__, c.a, c.b, c.b is s.b)
print(type(d).__name__, d.a, d.b, d.b is s.b)
print(hasattr(c, "__dict__"))

# an unset slot stays unset
half = Slotted.__new__(Slotted)
half.a = "only a"
h2 = copy.deepcopy(half)
print(h2.a, hasattr(h2, "b"))

# slots plus __dict__ in a subclass
class Mixed(Slotted):
    def __init__(self, a, b, c):
        super().__init__(a, b)
        self.c = c
m = Mixed(1, 2, [3])
m2 = copy.deepcopy(m)
print(m2.a, m2.b, m2.c, m2.c is m.c, m2.__dict__)
m3 = copy.copy(m)
print(m3.c is m.c, m3.__dict__)

# slots declared in both base and subclass
class Base:
    __slots__ = ("x",)
class Derived(Base):
    __slots__ = ("y",)
o = Derived()
o.x, o.y = [1], [2]
o2 = copy.deepcopy(o)
print(o2.x, o2.y, o2.x is o.x)

# __getstate__ of a slotted object (3.11 provides a default)
print(s.__getstate__())
print(half.__getstate__())
print(m.__getstate__())
class Empty:
    __slots__ = ()
e = copy.copy(Empty())
print(type(e).__name__, Empty().__getstate__())
