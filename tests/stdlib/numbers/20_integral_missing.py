import numbers


class NoBits(numbers.Integral):
    def __int__(self): return 3
    def __add__(self, o): return 0
    def __radd__(self, o): return 0
    def __neg__(self): return 0
    def __pos__(self): return self
    def __mul__(self, o): return 0
    def __rmul__(self, o): return 0
    def __truediv__(self, o): return 0
    def __rtruediv__(self, o): return 0
    def __pow__(self, e, m=None): return 0
    def __rpow__(self, b): return 0
    def __abs__(self): return 0
    def __eq__(self, o): return False
    def __lt__(self, o): return False
    def __le__(self, o): return False
    def __trunc__(self): return 3
    def __floor__(self): return 3
    def __ceil__(self): return 3
    def __round__(self, n=None): return 3
    def __floordiv__(self, o): return 0
    def __rfloordiv__(self, o): return 0
    def __mod__(self, o): return 0
    def __rmod__(self, o): return 0


try:
    NoBits()
except TypeError as e:
    print(e)


class OnlyInvert(NoBits):
    def __lshift__(self, o): return 0
    def __rlshift__(self, o): return 0
    def __rshift__(self, o): return 0
    def __rrshift__(self, o): return 0
    def __and__(self, o): return 0
    def __rand__(self, o): return 0
    def __xor__(self, o): return 0
    def __rxor__(self, o): return 0
    def __or__(self, o): return 0
    def __ror__(self, o): return 0


try:
    OnlyInvert()
except TypeError as e:
    print(e)


class Complete(OnlyInvert):
    def __invert__(self): return 0


c = Complete()
print(c.__index__(), float(c), c.numerator is c, c.denominator, [0, 1, 2, 3][c])
