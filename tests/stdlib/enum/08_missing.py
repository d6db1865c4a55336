from enum import Enum


class Color(Enum):
    RED = 'red'
    GREEN = 'green'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Color('RED'), Color('Green'))
try:
    Color(3)
except ValueError as e:
    print(type(e).__name__, e)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'not a member'


try:
    Bad(2)
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)


class Raises(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)


try:
    Raises(9)
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)


class RaisesValue(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise ValueError('custom %r' % value)


try:
    RaisesValue(9)
except Exception as e:
    print(type(e).__name__, e)


class Default(Enum):
    UNKNOWN = 0
    ONE = 1

    @classmethod
    def _missing_(cls, value):
        return cls.UNKNOWN


print(Default(5), Default('x'), Default(1))
print(Enum._missing_(5))
