import copy
from enum import Enum, Flag, IntEnum, pickle_by_enum_name, pickle_by_global_name


class Color(Enum):
    RED = 1
    GREEN = [1, 2]


class Perm(Flag):
    R = 1
    W = 2


print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.GREEN) is Color.GREEN)
print(copy.deepcopy([Color.RED, {'k': Color.GREEN}]))
rw = Perm.R | Perm.W
print(copy.copy(rw) is rw, copy.deepcopy(rw) is rw)
print(Color.RED.__reduce_ex__(2), Color.GREEN.__reduce_ex__(4))
print(rw.__reduce_ex__(2))
print(pickle_by_enum_name(Color.RED, 2))
print(pickle_by_global_name(Color.RED, 2))


class Num(IntEnum):
    A = 5


print(Num.A.__reduce_ex__(2), copy.copy(Num.A) is Num.A)
cls, args = Color.GREEN.__reduce_ex__(2)
print(cls(*args) is Color.GREEN)
