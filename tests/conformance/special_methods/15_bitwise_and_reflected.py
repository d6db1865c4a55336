class Bits:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Bits({self.v:#b})"
    def __and__(self, o):
        return Bits(self.v & self._v(o))
    def __or__(self, o):
        return Bits(self.v | self._v(o))
    def __xor__(self, o):
        return Bits(self.v ^ self._v(o))
    def __lshift__(self, n):
        return Bits(self.v << n)
    def __rshift__(self, n):
        return Bits(self.v >> n)
    def __rand__(self, o):
        return Bits(o & self.v)
    def __ror__(self, o):
        return Bits(o | self.v)
    def __rxor__(self, o):
        return Bits(o ^ self.v)
    @staticmethod
    def _v(o):
        return o.v if isinstance(o, Bits) else o
b = Bits(0b1100)
print(b & 0b1010, b | 1, b ^ 0b1111, b << 2, b >> 2)
print(0b1010 & b, 1 | b, 0b1111 ^ b)
try:
    print(1 << b)
except TypeError as e:
    print(type(e).__name__, e)
