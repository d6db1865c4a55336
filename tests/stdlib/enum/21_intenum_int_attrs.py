from enum import IntEnum, IntFlag


class Shape(IntEnum):
    CIRCLE = 1
    TRIANGLE = 3


class Perm(IntFlag):
    R = 4
    W = 2


print(Shape.TRIANGLE.real, Shape.TRIANGLE.imag)
print(Shape.TRIANGLE.numerator, Shape.TRIANGLE.denominator)
print(Perm.R.real, (Perm.R | Perm.W).numerator, Shape.CIRCLE.conjugate())
print(Shape.TRIANGLE.as_integer_ratio(), Shape.TRIANGLE.bit_count())
print(type(Shape.TRIANGLE.real).__name__)
