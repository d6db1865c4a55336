import numbers
from fractions import Fraction as F


class R:
    """A minimal Rational that is not a Fraction."""

    def __init__(self, n, d):
        self.numerator, self.denominator = n, d

    def __repr__(self):
        return 'R(%d, %d)' % (self.numerator, self.denominator)

    def __float__(self):
        return self.numerator / self.denominator


numbers.Rational.register(R)


def show(expr, f):
    try:
        r = f()
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
        return
    print(expr, '->', type(r).__name__, repr(r))


r = R(6, 4)
show('F(r)', lambda: F(r))
show('F(r, 3)', lambda: F(r, 3))
show('F(2, r)', lambda: F(2, r))
show('F(1, 2) + r', lambda: F(1, 2) + r)
show('r + F(1, 2)', lambda: r + F(1, 2))
show('r - F(1, 2)', lambda: r - F(1, 2))
show('r * F(1, 2)', lambda: r * F(1, 2))
show('r / F(1, 2)', lambda: r / F(1, 2))
show('r // F(1, 2)', lambda: r // F(1, 2))
show('r % F(1, 4)', lambda: r % F(1, 4))
show('divmod(r, F(1, 4))', lambda: divmod(r, F(1, 4)))
show('r ** F(2)', lambda: r ** F(2))
show('F(1, 2) ** r', lambda: F(1, 2) ** r)
show('F(3, 2) == r', lambda: F(3, 2) == r)
show('F(6, 4) == R(3, 2)', lambda: F(6, 4) == R(3, 2))
show('F(1, 2) < r', lambda: F(1, 2) < r)
show('F(2) >= r', lambda: F(2) >= r)
show('F.from_float(r)', lambda: F.from_float(r))


class Re:
    """A Real that is not Rational."""

    def __float__(self):
        return 0.75

    def __complex__(self):
        return complex(0.75)


numbers.Real.register(Re)
show('Re() + F(1, 4)', lambda: Re() + F(1, 4))
show('Re() * F(1, 4)', lambda: Re() * F(1, 4))
show('F(1, 4) + Re()', lambda: F(1, 4) + Re())
show('F(Re())', lambda: F(Re()))
