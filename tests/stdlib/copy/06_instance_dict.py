import copy

class Point:
    def __init__(self, x, y, tags=None):
        self.x = x
        self.y = y
        self.tags = tags if tags is not None else []
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"

p = Point(1, 2, ["a"])
s = copy.copy(p)
d = copy.deepcopy(p)
print(s, d, type(s).__name__, type(d).__name__)
print(s is p, d is p, s.tags is p.tags, d.tags is p.tags)
p.tags.append("b")
p.x = 100
print(p, s, d)
print(s.__dict__ is p.__dict__, d.__dict__ == {"x": 1, "y": 2, "tags": ["a"]})

# __init__ is not called when copying
class Loud:
    def __init__(self):
        print("  __init__ called")
        self.v = [1]
l = Loud()
print("copying")
l2 = copy.copy(l)
l3 = copy.deepcopy(l)
print(l2.v, l3.v, l2.v is l.v, l3.v is l.v)

# class attributes are not copied into the instance
class WithClassAttr:
    shared = [0]
    def __init__(self):
        self.own = 1
w = copy.deepcopy(WithClassAttr())
print(w.__dict__, w.shared is WithClassAttr.shared)

# instance with attributes added later and deleted
class Bag:
    pass
b = Bag()
b.a = 1
b.b = [2]
del b.a
b2 = copy.deepcopy(b)
print(vars(b2), hasattr(b2, "a"))
print(vars(copy.copy(Bag())))

# inheritance: the copy is of the same subclass
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
p3 = copy.deepcopy(Point3(1, 2, 3))
print(type(p3).__name__, p3.z, p3)
