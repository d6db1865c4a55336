import math
from fractions import Fraction

for x in [0.0, -0.0, 1.0, 0.5, 2.25, -2.25, 0.1, 1.1, 1.47, 1e-10, 1e22, 1e23, 2.0 ** 60,
          5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -3.75, 123456.789,
          math.pi, 1 / 3]:
    f = Fraction(x)
    print(repr(x), '->', f.numerator, f.denominator, float(f) == x, f == x)

for x in [float('inf'), float('-inf'), float('nan')]:
    try:
        Fraction(x)
    except (OverflowError, ValueError) as e:
        print(x, type(e).__name__, e)


class MyFloat(float):
    pass


print(repr(Fraction(MyFloat(2.5))))
print(repr(Fraction(0.3)), repr(Fraction('0.3')), Fraction(0.3) == Fraction('0.3'))
print(repr(Fraction(0.1) + Fraction(0.2)), repr(Fraction(0.3)))
