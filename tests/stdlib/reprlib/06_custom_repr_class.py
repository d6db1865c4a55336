import reprlib
from collections import deque
import array


class MyRepr(reprlib.Repr):
    def repr_float(self, x, level):
        return "%.2f" % x

    def repr_NoneType(self, x, level):
        return "nil"

    def repr_Point(self, x, level):
        return "P(%s, %s)" % (self.repr1(x.x, level - 1), self.repr1(x.y, level - 1))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


m = MyRepr()
print(m.repr([3.14159, None, Point(1.5, [1, 2, 3, 4, 5, 6, 7])]))
print(m.repr({"pi": 3.14159}))
print(m.repr(deque(range(10))), m.repr(deque()), m.repr(deque([1])))
print(m.repr(array.array("i", range(10))), m.repr(array.array("d")), m.repr(array.array("b", [1])))
print(m.repr(array.array("u", "hello")))


# type names with spaces map to underscores
class Spaced:
    pass


Spaced.__name__ = "has space"


class SpacedRepr(reprlib.Repr):
    def repr_has_space(self, x, level):
        return "found spaced"


print(SpacedRepr().repr(Spaced()))

# repr1 can be called directly with a level
print(m.repr1([1, [2, [3]]], 1), m.repr1([1, [2, [3]]], 2))


class Long:
    def __repr__(self):
        return "L" * 100


print(m.repr(Long()))
m.maxother = 10
print(m.repr(Long()), m.repr(print))
m.maxother = 3
print(m.repr(Long()))
m.maxother = 0
print(m.repr(Long()))
