from enum import Enum, unique


class Status(Enum):
    ACTIVE = 1
    RUNNING = 1
    STOPPED = 2
    HALTED = 2
    DEAD = 2


print(list(Status))
print(Status.RUNNING, repr(Status.HALTED), Status.DEAD is Status.STOPPED)
print(Status(2), Status['DEAD'])
print(len(Status), len(Status.__members__))

try:
    @unique
    class Dup(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print(type(e).__name__, e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(Fine, list(Fine))
print(unique(Fine) is Fine)


class Mixed(Enum):
    A = 1
    B = 1.0
    C = True


print(list(Mixed), Mixed.B, Mixed.C)
print(Mixed(1), Mixed(1.0), Mixed(True))
