from enum import Flag, IntFlag, auto


class Color(Flag):
    BLACK = 0
    RED = 1
    GREEN = 2
    BLUE = 4
    PURPLE = RED | BLUE
    WHITE = RED | GREEN | BLUE


print(list(Color), len(Color))
print(list(Color.__members__))
print(repr(Color.PURPLE), list(Color.PURPLE), len(Color.PURPLE))
print(repr(Color.WHITE), repr(Color(7)), Color(7) is Color.WHITE)
print(repr(Color(0)), Color(0) is Color.BLACK, repr(~Color.WHITE))
print(repr(~Color.RED), repr(Color.RED | Color.BLUE), repr(Color(3)))
print(repr(Color.GREEN | Color.PURPLE))
print(Color.PURPLE in Color.WHITE, Color.BLACK in Color.RED)
print(Color._flag_mask_, Color._singles_mask_, Color._all_bits_)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(list(Perm), repr(Perm.RWX), repr(Perm(7)), repr(~Perm.RWX), repr(Perm(5)))
print(repr(Perm(15)))


class Weird(Flag):
    A = 1
    AB = 3
    B = 2


print(list(Weird), repr(Weird(3)), repr(Weird.AB))


class Gaps(Flag):
    A = 1
    C = 4
    AC = 5


print(list(Gaps), repr(Gaps(5)), Gaps._flag_mask_, Gaps._all_bits_)
try:
    Gaps(2)
except ValueError as e:
    print(type(e).__name__, e)


class Defs(Flag):
    B = 2
    A = 1
    C = 4


print(list(Defs), list(Defs(7)), repr(Defs(3)), repr(Defs(7)))
