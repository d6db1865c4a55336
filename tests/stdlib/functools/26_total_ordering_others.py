import functools

def make(op_name):
    ns = {}
    def init(self, v):
        self.v = v
    def eq(self, other):
        return self.v == other.v
    ops = {
        "__le__": lambda self, other: self.v <= other.v,
        "__gt__": lambda self, other: self.v > other.v,
        "__ge__": lambda self, other: self.v >= other.v,
        "__lt__": lambda self, other: self.v < other.v,
    }
    ns["__init__"] = init
    ns["__eq__"] = eq
    ns[op_name] = ops[op_name]
    cls = type("From" + op_name.strip("_"), (), ns)
    return functools.total_ordering(cls)

for root in ("__le__", "__gt__", "__ge__", "__lt__"):
    cls = make(root)
    one, two, one_b = cls(1), cls(2), cls(1)
    row = [one < two, one <= two, one > two, one >= two,
           two < one, two <= one, two > one, two >= one,
           one < one_b, one <= one_b, one > one_b, one >= one_b]
    print(cls.__name__, row)
    print("  defined:", sorted(k for k in ("__lt__", "__le__", "__gt__", "__ge__") if k in cls.__dict__))

# with several defined, the root is chosen in the order __lt__, __le__, __gt__, __ge__
@functools.total_ordering
class Two:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("  user __gt__")
        return self.v > other.v
    def __ge__(self, other):
        print("  user __ge__")
        return self.v >= other.v
print(Two(1) < Two(2))
print(Two(1) <= Two(2))

# an inherited ordering method counts (not object's)
class Base:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
@functools.total_ordering
class Child(Base):
    pass
print(Child(1) >= Child(2), Child(3) >= Child(2), "__ge__" in Child.__dict__)
