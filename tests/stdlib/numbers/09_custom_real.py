import math
import numbers


class Meters(numbers.Real):
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Meters(%r)' % (self.v,)

    def __float__(self):
        return float(self.v)

    def __trunc__(self):
        return math.trunc(self.v)

    def __floor__(self):
        return math.floor(self.v)

    def __ceil__(self):
        return math.ceil(self.v)

    def __round__(self, ndigits=None):
        return round(self.v, ndigits)

    def __floordiv__(self, other):
        return Meters(self.v // float(other))

    def __rfloordiv__(self, other):
        return Meters(float(other) // self.v)

    def __mod__(self, other):
        return Meters(self.v % float(other))

    def __rmod__(self, other):
        return Meters(float(other) % self.v)

    def __lt__(self, other):
        return self.v < float(other)

    def __le__(self, other):
        return self.v <= float(other)

    def __add__(self, other):
        return Meters(self.v + float(other))

    __radd__ = __add__

    def __neg__(self):
        return Meters(-self.v)

    def __pos__(self):
        return Meters(self.v)

    def __mul__(self, other):
        return Meters(self.v * float(other))

    __rmul__ = __mul__

    def __truediv__(self, other):
        return Meters(self.v / float(other))

    def __rtruediv__(self, other):
        return Meters(float(other) / self.v)

    def __pow__(self, other):
        return Meters(self.v ** float(other))

    def __rpow__(self, other):
        return Meters(float(other) ** self.v)

    def __abs__(self):
        return Meters(abs(self.v))

    def __eq__(self, other):
        return self.v == float(other)

    __hash__ = None


m = Meters(7.5)
print(complex(m), m.real, m.imag, m.conjugate())
print(divmod(m, 2), divmod(20, m))
print(m - 2, 10 - m, m - m)
print(math.floor(m), math.ceil(m), math.trunc(m), round(m), round(m, 0))
print(m < 8, m <= 7.5, m == 7.5, m != 7.5)
try:
    m > 3
except TypeError as e:
    print(type(e).__name__, e)
print(bool(Meters(0)), bool(m), float(m), int(float(m)))
print(isinstance(m, numbers.Real), isinstance(m, numbers.Rational), isinstance(m, numbers.Complex))
print(numbers.Real.__complex__(2.5), numbers.Real.real.fget(2.5), numbers.Real.imag.fget(2.5))
print(numbers.Real.conjugate(-3.0), numbers.Real.__divmod__(7.0, 2), numbers.Real.__rdivmod__(2.0, 7))
