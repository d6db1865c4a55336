from enum import IntFlag, auto


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: Perm.R | Perm.W)
show(lambda: Perm.R | 8)
show(lambda: 8 | Perm.R)
show(lambda: Perm.R + 1)
show(lambda: Perm.R & 6)
show(lambda: Perm.R ^ 5)
show(lambda: ~Perm.R)
show(lambda: ~Perm(0))
show(lambda: Perm(0))
show(lambda: Perm(9))
show(lambda: Perm(16))
show(lambda: Perm(-1))
show(lambda: Perm(-8))
show(lambda: list(Perm(7)))
show(lambda: list(Perm(15)))
show(lambda: len(Perm(7)))
show(lambda: Perm.R == 4)
show(lambda: Perm.R in Perm(6))
show(lambda: 4 in Perm(6))
show(lambda: Perm.R | 1.5)
show(lambda: isinstance(Perm.R | Perm.W, int))
show(lambda: (Perm.R | Perm.W).name)
show(lambda: Perm(9).name)
show(lambda: int(Perm.R | Perm.X))
show(lambda: sorted([Perm.W, Perm.R, Perm.X]))
show(lambda: Perm.R << 1)


class Auto(IntFlag):
    A = auto()
    B = auto()
    C = auto()


show(lambda: list(Auto))
show(lambda: Auto.A | Auto.C)
show(lambda: Auto(0))
