from enum import Flag, IntFlag, FlagBoundary, STRICT, CONFORM, EJECT, KEEP
import enum


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2
    C = 8


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
    C = 8


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2
    C = 8


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2
    C = 8


for cls in (Strict, Conform, Eject, Keep):
    print(cls.__name__, cls._boundary_, repr(cls._boundary_))
    show(lambda: cls(3))
    show(lambda: cls(4))
    show(lambda: cls(7))
    show(lambda: cls(16))
    show(lambda: cls(-1))
    show(lambda: cls(-5))
    show(lambda: ~cls.A)
    show(lambda: cls('x'))

print(list(FlagBoundary))
print(STRICT is FlagBoundary.STRICT, str(KEEP), repr(EJECT), CONFORM == 'conform')
print(Flag._boundary_, IntFlag._boundary_)
print(enum.Flag._boundary_ is STRICT)
