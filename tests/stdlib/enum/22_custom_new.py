from enum import Enum, IntEnum


class Coordinate(bytes, Enum):
    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj

    PX = (0, 'P.X', 'km')
    PY = (1, 'P.Y', 'km')
    VX = (2, 'V.X', 'km/s')


try:
    print(repr(Coordinate.PY))
except TypeError as e:
    print(type(e).__name__, e)
print(Coordinate.PY.value, Coordinate.PY.label, Coordinate.VX.unit, Coordinate.PY.name)
print(Coordinate(1), Coordinate(2).label, bytes(Coordinate.VX))


class AutoNumber(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        obj.args = args
        return obj


class Color(AutoNumber):
    RED = 'r', 'red'
    GREEN = 'g', 'green'
    BLUE = 'b'


print(list(Color), Color.GREEN.args, Color.BLUE.args, Color(3))
print('__new_member__' in AutoNumber.__dict__, Color.__new__ is Enum.__new__)


class Labeled(IntEnum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    LOW = 1, 'low'
    HIGH = 10, 'high'


print(repr(Labeled.HIGH), Labeled.HIGH.label, Labeled(1).label, Labeled.LOW + 1)


class NoValue(Enum):
    def __new__(cls, value):
        return object.__new__(cls)

    A = 'x'
    B = 'y'


print(repr(NoValue.A), NoValue.B.value)

try:
    class Broken(int, Enum):
        def __new__(cls, value):
            return int.__new__(cls, value)
        A = 'abc'
except Exception as e:
    print(type(e).__name__, e)

try:
    class Broken2(int, Enum):
        A = 'abc'
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)


class Init(Enum):
    A = 1, 2
    B = 3, 4

    def __init__(self, a, b):
        self.total = a + b


print(Init.A.total, Init.B.total, Init.A.value, Init((3, 4)))
