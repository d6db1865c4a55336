from enum import Enum, IntEnum, Flag


class Color(Enum):
    RED = 1
    GREEN = 2

    def method(self):
        pass

    @classmethod
    def cm(cls):
        pass


class Num(IntEnum):
    ONE = 1


class Perm(Flag):
    R = 1


print(dir(Color))
print(dir(Color.RED))
Color.RED.note = 1
print(dir(Color.RED))
print(dir(Perm))
print(dir(Perm.R))
print(len(dir(Num)) > 50, 'ONE' in dir(Num), '__add__' in dir(Num))
print('ONE' in dir(Num.ONE), 'bit_length' in dir(Num.ONE), 'name' in dir(Num.ONE))


class Named(Enum):
    name = 1
    value = 2
    x = 3


print(dir(Named.x))
