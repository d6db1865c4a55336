import numbers


class Mod(numbers.Integral):
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Mod(%d)' % self.v

    def __int__(self):
        return self.v

    def __pow__(self, exponent, modulus=None):
        print('  __pow__', exponent, modulus)
        return Mod(pow(self.v, exponent, modulus))

    __add__ = __radd__ = __neg__ = __pos__ = __mul__ = __rmul__ = lambda *a: NotImplemented
    __truediv__ = __rtruediv__ = __rpow__ = __abs__ = __eq__ = __lt__ = __le__ = lambda *a: NotImplemented
    __trunc__ = __floor__ = __ceil__ = __round__ = lambda *a: NotImplemented
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = lambda *a: NotImplemented
    __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = lambda *a: NotImplemented
    __and__ = __rand__ = __xor__ = __rxor__ = __or__ = __ror__ = __invert__ = lambda *a: NotImplemented
    __hash__ = None


m = Mod(3)
print(m ** 4)
print(pow(m, 4))
print(pow(m, 4, 5))
print(pow(m, 200, 7), pow(3, 200, 7))
print(pow(m, -1, 7))
try:
    pow(Mod(2), -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
