from enum import Enum, Flag


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1


print(list(reversed(Color)))


class Perm(Flag):
    R = 4
    W = 2
    X = 1


print(list(reversed(Perm)))
