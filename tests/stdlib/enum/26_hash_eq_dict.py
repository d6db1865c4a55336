from enum import Enum, IntEnum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Other(Enum):
    RED = 1


print(hash(Color.RED) == hash('RED'), hash(Color.RED) == hash(Other.RED))
print(Color.RED == Other.RED, Color.RED == 1, Color.RED != 1)
d = {Color.RED: 'r', Color.GREEN: 'g'}
print(d[Color.RED], Color.BLUE in d, d.get(Color.GREEN))
s = {Color.RED, Color.RED, Color.GREEN}
print(len(s), sorted(s, key=lambda c: c.value))
for op in ('<', '<=', '>', '>='):
    try:
        print(eval('Color.RED %s Color.GREEN' % op))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted(Color)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Color, key=lambda c: c.name))
print(Color.RED.__eq__(Color.RED), Color.RED.__eq__(1), Color.RED.__ne__(Color.GREEN))


class Ordered(Enum):
    LOW = 1
    HIGH = 2

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


print(sorted([Ordered.HIGH, Ordered.LOW]), Ordered.LOW < Ordered.HIGH, Ordered.HIGH > Ordered.LOW)


class Num(IntEnum):
    A = 1


print(hash(Num.A) == hash(1), {1: 'one'}[Num.A], Num.A == 1.0)


class Custom(Enum):
    A = 1
    B = 2

    def __eq__(self, other):
        return True

    __hash__ = Enum.__hash__


print(Custom.A == Custom.B, Custom.A == 'x', hash(Custom.B) == hash('B'))
