import numbers


class Gauss(numbers.Complex):
    """A complex number with integer parts."""

    def __init__(self, re, im=0):
        self.re, self.im = re, im

    def __repr__(self):
        return 'Gauss(%r, %r)' % (self.re, self.im)

    def __complex__(self):
        return complex(self.re, self.im)

    @property
    def real(self):
        return self.re

    @property
    def imag(self):
        return self.im

    def _coerce(self, other):
        if isinstance(other, Gauss):
            return other
        if isinstance(other, int):
            return Gauss(other)
        return None

    def __add__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else Gauss(self.re + o.re, self.im + o.im)

    __radd__ = __add__

    def __neg__(self):
        return Gauss(-self.re, -self.im)

    def __pos__(self):
        return self

    def __mul__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Gauss(self.re * o.re - self.im * o.im, self.re * o.im + self.im * o.re)

    __rmul__ = __mul__

    def __truediv__(self, other):
        return complex(self) / complex(other)

    def __rtruediv__(self, other):
        return complex(other) / complex(self)

    def __pow__(self, exponent):
        result = Gauss(1)
        for _ in range(exponent):
            result = result * self
        return result

    def __rpow__(self, base):
        return base ** complex(self)

    def __abs__(self):
        return abs(complex(self))

    def conjugate(self):
        return Gauss(self.re, -self.im)

    def __eq__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else (self.re, self.im) == (o.re, o.im)


a, b = Gauss(1, 2), Gauss(3, -1)
print(a + b, a - b, 5 - a, a - 5, a * b, -a, +a)
print(a ** 3, abs(Gauss(3, 4)), a.conjugate(), complex(a), a / b)
print(bool(Gauss(0)), bool(Gauss(0, 1)), bool(a), a == Gauss(1, 2), a != b)
print(isinstance(a, numbers.Complex), isinstance(a, numbers.Real), isinstance(a, numbers.Number))
print(Gauss.__hash__)
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
print(numbers.Complex.__sub__(a, b), numbers.Complex.__rsub__(a, 10))
try:
    a - 1.5
except TypeError as e:
    print(type(e).__name__, e)
