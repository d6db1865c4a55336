import functools

@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

a, b, c = Version(1, 0), Version(1, 2), Version(1, 0)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a < c, a <= c, a > c, a >= c, a == c, a != c)
print(b < a, b <= a, b > a, b >= a)
print(sorted([Version(2), Version(1, 5), Version(1, 10), Version(0, 9)]))
print(max(a, b), min(a, b))

# the generated methods are added to the class; __lt__ stays the user's
print(sorted(k for k in ("__lt__", "__le__", "__gt__", "__ge__") if k in Version.__dict__))
print(Version.__le__.__name__, Version.__gt__.__name__, Version.__ge__.__name__)
print(Version.__le__.__qualname__)

# comparison with an unrelated type goes through NotImplemented to a TypeError
for op in ("<", "<=", ">", ">="):
    try:
        eval("a " + op + " 5")
    except TypeError as e:
        print(type(e).__name__, e)
print(a == 5, a != 5)

# the decorator returns the same class
class Plain:
    def __lt__(self, other):
        return True
print(functools.total_ordering(Plain) is Plain)
print(Plain() >= Plain(), Plain() > Plain())
