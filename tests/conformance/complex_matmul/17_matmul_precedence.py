class T:
    def __init__(self, s):
        self.s = s
    def _op(self, other, sym):
        o = other.s if isinstance(other, T) else repr(other)
        return T('(' + self.s + sym + o + ')')
    def _rop(self, other, sym):
        return T('(' + repr(other) + sym + self.s + ')')
    def __matmul__(self, o): return self._op(o, '@')
    def __rmatmul__(self, o): return self._rop(o, '@')
    def __mul__(self, o): return self._op(o, '*')
    def __rmul__(self, o): return self._rop(o, '*')
    def __add__(self, o): return self._op(o, '+')
    def __radd__(self, o): return self._rop(o, '+')
    def __truediv__(self, o): return self._op(o, '/')
    def __pow__(self, o): return self._op(o, '**')
    def __neg__(self): return T('(-' + self.s + ')')
    def __sub__(self, o): return self._op(o, '-')

a, b, c, d = T('a'), T('b'), T('c'), T('d')
print((a @ b * c).s)
print((a * b @ c).s)
print((a + b @ c).s)
print((a @ b + c).s)
print((a @ b / c @ d).s)
print((a @ b ** c).s)
print((-a @ b).s)
print((a - b @ c * d).s)
print((a @ (b + c)).s)
print((2 * a @ 3).s)
print((a @ b @ c @ d).s)
