from enum import Enum


class S(str, Enum):
    A = 'alpha'
    B = 'beta'


print(repr(S.A), str(S.A), f"{S.A}", format(S.A, '>8'), S.A == 'alpha', S.A.upper())


class F(float, Enum):
    PI = 3.14159
    E = 2.71828


print(repr(F.PI), str(F.E), f"{F.PI}", round(F.PI, 2), F.PI * 2, F(2.71828))


class T(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(repr(T.UNIT), T.UNIT[0], len(T.ORIGIN), T((1, 1)))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Spots(Point, Enum):
    HOME = 0, 0
    WORK = 3, 4


print(repr(Spots.WORK), Spots.WORK.x, Spots.WORK.value)


class Mixin:
    def shout(self):
        return self.name.upper() + '!'


class Word(Mixin, Enum):
    hello = 1
    bye = 2


print(Word.hello.shout(), repr(Word.bye), Word._member_type_)
print(S._member_type_, F._member_type_, T._member_type_, Spots._member_type_)


class I(int, Enum):
    ONE = 1


print(repr(I.ONE), str(I.ONE), f"{I.ONE}", format(I.ONE, '>6'), I.ONE + 1)
