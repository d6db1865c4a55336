from enum import Flag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


RW = Perm.R | Perm.W
print(repr(RW), str(RW), RW.name, RW.value)
print(repr(Perm.R & Perm.W), repr(RW & Perm.R), repr(RW ^ Perm.R), repr(RW ^ Perm.X))
print(repr(~Perm.R), repr(~RW), repr(~(Perm.R | Perm.W | Perm.X)), repr(~Perm(0)))
print(list(RW), list(Perm.R | Perm.W | Perm.X), list(Perm(0)))
print(len(RW), len(Perm(0)), len(Perm.X), len(Perm(7)))
print(bool(RW), bool(Perm(0)), bool(Perm.R & Perm.W))
print(Perm.R in RW, Perm.X in RW, RW in RW, Perm(0) in RW, RW in Perm.R)
print(list(Perm), len(Perm))
print(repr(Perm(6)), repr(Perm(0)), str(Perm(0)), Perm(0).name)
print(Perm(6) is RW, Perm(6) is (Perm.W | Perm.R))
print(RW == Perm(6), RW != Perm.R)
print(f"{RW}", format(Perm.R), f"{Perm(0)!r}")
for bad in (lambda: Perm.R | 1, lambda: 1 | Perm.R, lambda: Perm.R & 2, lambda: Perm.R ^ None, lambda: 1 in RW):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print([(m.name, m.value) for m in Color])
print(repr(Color.RED | Color.BLUE), repr(~Color.GREEN))
WHITE = Color.RED | Color.GREEN | Color.BLUE
print(repr(WHITE), [c.name for c in WHITE])
print(hash(Color.RED) == hash('RED'))
