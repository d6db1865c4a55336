from enum import Enum, IntEnum, Flag, StrEnum


class Color(Enum):
    NONE = 0
    EMPTY = ''
    RED = 1


print(bool(Color.NONE), bool(Color.EMPTY), bool(Color.RED))


class Custom(Enum):
    OFF = 0
    ON = 1

    def __bool__(self):
        return bool(self.value)


print(bool(Custom.OFF), bool(Custom.ON), 'yes' if Custom.OFF else 'no')


class Num(IntEnum):
    ZERO = 0
    ONE = 1


print(bool(Num.ZERO), bool(Num.ONE), not Num.ZERO)


class S(StrEnum):
    EMPTY = ''
    FULL = 'x'


print(bool(S.EMPTY), bool(S.FULL))


class Perm(Flag):
    R = 1


print(bool(Perm(0)), bool(Perm.R), bool(~Perm.R))


class Empty(Enum):
    pass


print(bool(Empty), bool(Color), len(Empty))
