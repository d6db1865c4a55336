from enum import Enum, EnumType, Flag


class Color(Enum):
    RED = 1
    GREEN = 2

    def method(self):
        pass


class Perm(Flag):
    R = 1


print(EnumType.__dir__(Color))
print(Color.RED.__dir__())
print(type(Perm).__dir__(Perm))
print(Perm.R.__dir__())


class WithNew(Enum):
    def __new__(cls, v):
        obj = object.__new__(cls)
        obj._value_ = v
        return obj
    A = 1


print(EnumType.__dir__(WithNew))
