import numbers


class Q(numbers.Rational):
    def __init__(self, n, d):
        self.n, self.d = n, d

    numerator = property(lambda s: s.n)
    denominator = property(lambda s: s.d)
    __abs__ = __add__ = __radd__ = __neg__ = __pos__ = None
    __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __pow__ = __rpow__ = None
    __eq__ = __lt__ = __le__ = __trunc__ = __floor__ = __ceil__ = __round__ = None
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = None
    __hash__ = None


print(sorted(Q.__abstractmethods__))
print(float(Q(1, 3)), float(Q(10 ** 500, 10 ** 499)), float(Q(-7, 2)), float(Q(2 ** 2000 + 1, 2 ** 2000)))
try:
    float(Q(1, 0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    float(Q(10 ** 400, 1))
except OverflowError as e:
    print(type(e).__name__, e)
print(float(Q(True, 2)), float(Q(3.9, 2)))
print(complex(Q(1, 4)))
