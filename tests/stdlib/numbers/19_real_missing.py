import numbers


class HalfReal(numbers.Real):
    def __float__(self):
        return 1.0

    def __add__(self, o): return 0
    def __radd__(self, o): return 0
    def __neg__(self): return 0
    def __pos__(self): return 0
    def __mul__(self, o): return 0
    def __rmul__(self, o): return 0
    def __truediv__(self, o): return 0
    def __rtruediv__(self, o): return 0
    def __pow__(self, o): return 0
    def __rpow__(self, o): return 0
    def __abs__(self): return 0
    def __eq__(self, o): return False


try:
    HalfReal()
except TypeError as e:
    print(e)
print(sorted(HalfReal.__abstractmethods__))
print('real' in HalfReal.__abstractmethods__, 'conjugate' in HalfReal.__abstractmethods__)


class Nearly(HalfReal):
    def __trunc__(self): return 0
    def __floor__(self): return 0
    def __ceil__(self): return 0
    def __round__(self, n=None): return 0
    def __floordiv__(self, o): return 0
    def __rfloordiv__(self, o): return 0
    def __mod__(self, o): return 0
    def __rmod__(self, o): return 0
    def __lt__(self, o): return False


try:
    Nearly()
except TypeError as e:
    print(e)


class Whole(Nearly):
    def __le__(self, o): return True


w = Whole()
print(type(w).__name__, w.real is not None, w.imag, complex(w))
