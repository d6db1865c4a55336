r = (1).__add__(2.0)
print(r)
print((2.0).__radd__(1))
print(1 + 2.0)
print((3).__mul__('ab'), 'ab'.__mul__(3), 3 * 'ab')
print((3).__mul__([0]), [0].__rmul__(3))
print((1).__lt__(1.5), (1.5).__gt__(1), 1 < 1.5)
print((1).__eq__('1'), '1'.__eq__(1), 1 == '1')
print((2).__pow__(0.5), (0.5).__rpow__(2))
print((7).__floordiv__(2.0), (2.0).__rfloordiv__(7))

class V:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return 'V.__radd__(%r)' % (other,)
    def __rsub__(self, other):
        return NotImplemented

print(1 + V(2))
print(int.__add__(1, V(2)))
try:
    1 - V(2)
except TypeError as e:
    print(type(e).__name__, e)
print([1].__add__([2]))
try:
    [1].__add__((2,))
except TypeError as e:
    print(type(e).__name__, e)
print([1].__eq__((1,)), (1,).__eq__([1]), [1] == (1,))
