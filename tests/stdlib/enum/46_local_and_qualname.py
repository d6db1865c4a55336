from enum import Enum


def make():
    class Local(Enum):
        A = 1
        B = 2
    return Local


Local = make()
print(Local.__qualname__, Local.__name__, repr(Local.A), str(Local.B), Local)


class Outer:
    class Inner(Enum):
        X = 'x'


print(Outer.Inner.__qualname__, repr(Outer.Inner.X), str(Outer.Inner.X), Outer.Inner)

Func = Enum('Func', 'P Q', qualname='Somewhere.Func')
print(Func.__qualname__, Func.__name__, Func.P, Func)
try:
    Func(7)
except ValueError as e:
    print(e)
Renamed = Enum('RealName', 'A')
print(Renamed.__name__, Renamed.A, Renamed)
