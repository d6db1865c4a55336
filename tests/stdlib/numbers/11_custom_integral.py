import numbers
import operator


class Word(numbers.Integral):
    """A 16-bit unsigned integer."""

    def __init__(self, v):
        self.v = int(v) & 0xFFFF

    def __repr__(self):
        return 'Word(%d)' % self.v

    def __int__(self):
        return self.v

    def _o(self, o):
        return int(o)

    def __add__(self, o): return Word(self.v + self._o(o))
    def __radd__(self, o): return Word(self._o(o) + self.v)
    def __neg__(self): return Word(-self.v)
    def __pos__(self): return Word(self.v)
    def __mul__(self, o): return Word(self.v * self._o(o))
    def __rmul__(self, o): return Word(self._o(o) * self.v)
    def __truediv__(self, o): return self.v / self._o(o)
    def __rtruediv__(self, o): return self._o(o) / self.v
    def __pow__(self, e, mod=None): return Word(pow(self.v, int(e), mod))
    def __rpow__(self, b): return Word(int(b) ** self.v)
    def __abs__(self): return Word(self.v)
    def __eq__(self, o): return self.v == self._o(o)
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return self.v < self._o(o)
    def __le__(self, o): return self.v <= self._o(o)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, ndigits=None): return self.v
    def __floordiv__(self, o): return Word(self.v // self._o(o))
    def __rfloordiv__(self, o): return Word(self._o(o) // self.v)
    def __mod__(self, o): return Word(self.v % self._o(o))
    def __rmod__(self, o): return Word(self._o(o) % self.v)
    def __lshift__(self, o): return Word(self.v << self._o(o))
    def __rlshift__(self, o): return Word(self._o(o) << self.v)
    def __rshift__(self, o): return Word(self.v >> self._o(o))
    def __rrshift__(self, o): return Word(self._o(o) >> self.v)
    def __and__(self, o): return Word(self.v & self._o(o))
    def __rand__(self, o): return Word(self._o(o) & self.v)
    def __xor__(self, o): return Word(self.v ^ self._o(o))
    def __rxor__(self, o): return Word(self._o(o) ^ self.v)
    def __or__(self, o): return Word(self.v | self._o(o))
    def __ror__(self, o): return Word(self._o(o) | self.v)
    def __invert__(self): return Word(~self.v)


w = Word(40000)
print(w, w + w, -Word(1), ~Word(0), Word(5) << 14, Word(0xFF00) >> 4, Word(6) & 3, 6 | Word(1))
print(operator.index(w), w.__index__(), float(w), w.numerator, w.denominator, w.real, w.imag)
print(complex(Word(3)), Word(3).conjugate(), divmod(Word(17), 5), pow(Word(3), 4))
print(list(range(Word(3))), [10, 20, 30, 40][Word(2)], 'abcdef'[Word(1):Word(4)])
print(hex(Word(255)), bin(Word(5)), oct(Word(8)))
print(Word(7) - 2, 10 - Word(3), bool(Word(0)), bool(Word(65536)), Word(3) == 3)
print(isinstance(w, numbers.Integral), isinstance(w, numbers.Rational), isinstance(w, int))
print(numbers.Integral.__index__(7), numbers.Integral.__float__(7), numbers.Integral.numerator.fget(9),
      numbers.Integral.denominator.fget(9))
print(hash(Word(5)) == hash(5), {Word(5): 'x'}[5])
print(float(Word(3)), int(Word(70000)))
