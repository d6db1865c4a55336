from collections import namedtuple
import math


class Point(namedtuple("Point", "x y")):
    __slots__ = ()

    @property
    def hypot(self):
        return math.hypot(self.x, self.y)

    def __str__(self):
        return "Point: x=%6.3f  y=%6.3f  hypot=%6.3f" % (self.x, self.y, self.hypot)

    def scale(self, k):
        return self._replace(x=self.x * k, y=self.y * k)


p = Point(3, 4)
print(p.hypot, str(p), repr(p))
print(p.scale(2), type(p.scale(2)).__name__)
print(type(Point._make([1, 2])).__name__, Point._make([1, 2]))
print(p._asdict(), Point._fields, hasattr(p, "__dict__"))
try:
    p.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)


Point3D = namedtuple("Point3D", Point._fields + ("z",))
print(Point3D(1, 2, 3))


class Money(namedtuple("Money", "amount currency", defaults=["EUR"])):
    __slots__ = ()

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError("currency mismatch: %s vs %s" % (self.currency, other.currency))
        return Money(self.amount + other.amount, self.currency)


print(Money(5) + Money(7))
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print(type(e).__name__, e)
print(Money(1) == (1, "EUR"), Point.__mro__[1].__name__, Point.__bases__[0].__bases__)
