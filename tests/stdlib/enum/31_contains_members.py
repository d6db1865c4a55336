from enum import Enum, Flag, IntEnum


class Color(Enum):
    RED = 1
    GREEN = 2


class Other(Enum):
    RED = 1


class Num(IntEnum):
    ONE = 1


print(Color.RED in Color, Color.GREEN in Color, Other.RED in Color, Num.ONE in Color)
print(Color.RED not in Other, Num.ONE in Num)
print(Color.RED in [Color.RED], 1 in [Color.RED], Num.ONE in [1])
print(Color.__contains__(Color.RED), type(Color).__contains__(Color, Other.RED))


class Perm(Flag):
    R = 4
    W = 2


print(Perm.R in Perm, (Perm.R | Perm.W) in Perm, Perm(0) in Perm)
