import math
import numbers


class Temp(numbers.Real):
    def __init__(self, v):
        self.v = v

    def __float__(self): return float(self.v)
    def __trunc__(self): return int(self.v)
    def __floor__(self): return math.floor(self.v)
    def __ceil__(self): return math.ceil(self.v)
    def __round__(self, nd=None): return round(self.v, nd)
    def __floordiv__(self, o): return self.v // o
    def __rfloordiv__(self, o): return o // self.v
    def __mod__(self, o): return self.v % o
    def __rmod__(self, o): return o % self.v
    def __lt__(self, o): return self.v < o
    def __le__(self, o): return self.v <= o
    def __add__(self, o): return Temp(self.v + o)
    def __radd__(self, o): return Temp(o + self.v)
    def __neg__(self): return Temp(-self.v)
    def __pos__(self): return Temp(self.v)
    def __mul__(self, o): return Temp(self.v * o)
    def __rmul__(self, o): return Temp(o * self.v)
    def __truediv__(self, o): return Temp(self.v / o)
    def __rtruediv__(self, o): return Temp(o / self.v)
    def __pow__(self, o): return Temp(self.v ** o)
    def __rpow__(self, o): return Temp(o ** self.v)
    def __abs__(self): return Temp(abs(self.v))
    def __eq__(self, o): return self.v == o
    def __repr__(self): return 'Temp(%r)' % self.v
    __hash__ = None


t = Temp(-2.5)
print(math.floor(t), math.ceil(t), math.trunc(t), round(t), round(t, 1), float(t))
print(math.sqrt(Temp(16)), math.isclose(Temp(0.1 + 0.2), 0.3), math.fabs(t), abs(t))
print(t.real, t.imag, t.conjugate(), complex(t), divmod(Temp(7), 2), divmod(7, Temp(2)))
print(t - 1, 1 - t, sum([Temp(1), Temp(2)], Temp(0)))
print(max(Temp(1).v, Temp(3).v), sorted([3, 1, 2]), min([Temp(3), Temp(1)], key=float))
