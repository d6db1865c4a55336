import math
import numbers


class Ratio(numbers.Rational):
    def __init__(self, n, d=1):
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g

    def __repr__(self):
        return 'Ratio(%d, %d)' % (self.n, self.d)

    numerator = property(lambda self: self.n)
    denominator = property(lambda self: self.d)

    def _other(self, o):
        return o if isinstance(o, Ratio) else Ratio(o)

    def __add__(self, o):
        o = self._other(o)
        return Ratio(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __neg__(self):
        return Ratio(-self.n, self.d)

    def __pos__(self):
        return self

    def __mul__(self, o):
        o = self._other(o)
        return Ratio(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._other(o)
        return Ratio(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return self._other(o) / self

    def __pow__(self, e):
        return Ratio(self.n ** e, self.d ** e)

    def __rpow__(self, b):
        return b ** float(self)

    def __abs__(self):
        return Ratio(abs(self.n), self.d)

    def __eq__(self, o):
        o = self._other(o)
        return (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        o = self._other(o)
        return self.n * o.d < o.n * self.d

    def __le__(self, o):
        return self == o or self < o

    def __trunc__(self):
        return int(self.n / self.d)

    def __floor__(self):
        return self.n // self.d

    def __ceil__(self):
        return -(-self.n // self.d)

    def __round__(self, ndigits=None):
        return round(float(self), ndigits)

    def __floordiv__(self, o):
        return math.floor(self / o)

    def __rfloordiv__(self, o):
        return math.floor(o / self)

    def __mod__(self, o):
        return self - o * (self // o)

    def __rmod__(self, o):
        return o - self * (o // self)

    __hash__ = None


r = Ratio(3, 4)
print(r, float(r), complex(r), r.real, r.imag, r.conjugate())
print(r + Ratio(1, 4), r - 1, 1 - r, r * 2, r / 3, 2 / r, r ** 2)
print(divmod(Ratio(7, 2), 2), Ratio(7, 2) // 1, Ratio(7, 2) % 1)
print(math.floor(Ratio(-7, 2)), math.ceil(Ratio(-7, 2)), math.trunc(Ratio(-7, 2)))
print(float(Ratio(10 ** 400, 10 ** 399)), float(Ratio(1, 3)))
print(numbers.Rational.__float__(Ratio(1, 8)), isinstance(r, numbers.Integral), isinstance(r, numbers.Real))
print(bool(Ratio(0)), bool(r), r == Ratio(6, 8), r < 1, r <= Ratio(3, 4))
