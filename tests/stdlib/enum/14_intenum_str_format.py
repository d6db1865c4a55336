from enum import IntEnum, IntFlag


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2


print(str(Shape.CIRCLE), repr(Shape.CIRCLE))
print(f"{Shape.SQUARE}", f"{Shape.SQUARE:03d}", f"{Shape.SQUARE:>4}|", "%s %d %r" % (Shape.CIRCLE, Shape.CIRCLE, Shape.CIRCLE))
print(format(Shape.CIRCLE), format(Shape.CIRCLE, 'x'), format(Shape.CIRCLE, '.2f'))
print('{} {!s} {!r}'.format(Shape.SQUARE, Shape.SQUARE, Shape.SQUARE))
print(Shape.CIRCLE)
print([str(s) for s in Shape])


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(str(Perm.R), str(Perm.R | Perm.W), repr(Perm.R | Perm.W), f"{Perm.R | Perm.X}", format(Perm.W, '04b'))
print(Perm.R | Perm.W | Perm.X)
print(str(Perm(9)), str(Perm(0)), str(~Perm.R))


class Custom(IntEnum):
    A = 1

    def __str__(self):
        return 'custom-' + self.name


print(str(Custom.A), f"{Custom.A}", repr(Custom.A))


class CustomFormat(IntEnum):
    A = 5

    def __format__(self, spec):
        return 'fmt(%s)' % spec


print(str(CustomFormat.A), f"{CustomFormat.A:xyz}", format(CustomFormat.A))
