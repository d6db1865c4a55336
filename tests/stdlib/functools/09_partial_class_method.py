import functools

class Vec:
    def __init__(self, x, y=0, z=0):
        self.x, self.y, self.z = x, y, z
    def __repr__(self):
        return f"Vec({self.x}, {self.y}, {self.z})"
    def scale(self, k, offset=0):
        return Vec(self.x * k + offset, self.y * k + offset, self.z * k + offset)

XAxis = functools.partial(Vec, y=0, z=0)
print(XAxis(5))
print(XAxis(5, z=2))
print(type(XAxis(1)).__name__, isinstance(XAxis(1), Vec))

v = Vec(1, 2, 3)
double = functools.partial(v.scale, 2)
print(double())
print(double(offset=1))
print(double.func.__self__ is v, double.func.__name__)

scale3 = functools.partial(Vec.scale, k=3)
print(scale3(v))
print(scale3(Vec(1)))
print(list(map(functools.partial(Vec.scale, k=10), [Vec(1), Vec(0, 1)])))

# partial stored as a class attribute is not a method: no self binding
class Holder:
    make = functools.partial(Vec, 7)
    def normal(self):
        return "normal"
h = Holder()
print(h.make())
print(h.make(8))
print(Holder.make(9))

# partial of builtin methods and of a type
append_to = []
add = functools.partial(append_to.append)
add(1)
add(2)
print(append_to)
tolist = functools.partial(list)
print(tolist("abc"), tolist())
upper_join = functools.partial(", ".join)
print(upper_join(["x", "y"]))
