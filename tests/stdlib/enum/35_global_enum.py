import enum
from enum import Enum, IntEnum, Flag, IntFlag, global_enum


@global_enum
class Color(Enum):
    RED = 1
    GREEN = 2


print(repr(Color.RED), str(Color.RED), RED is Color.RED, GREEN)


@global_enum
class Num(IntEnum):
    ONE = 1


print(repr(ONE), int(ONE), format(ONE, '>3'))


@global_enum
class Perm(IntFlag):
    R = 4
    W = 2


print(repr(R), repr(R | W), repr(R | 8), repr(Perm(0)))


class Bits(Flag):
    A = 1
    B = 2


global_enum(Bits)
print(repr(Bits(0)), str(Bits(0)))
try:
    print(repr(Bits.A))
except TypeError as e:
    print(type(e).__name__, e)
print(str(A), str(B))
print(enum.global_enum_repr(Color.GREEN), enum.global_str(Color.GREEN))
