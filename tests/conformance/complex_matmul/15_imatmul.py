class A:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        print('__matmul__')
        return A(self.v * 10 + other.v)
    def __imatmul__(self, other):
        print('__imatmul__')
        self.v = self.v * 100 + other.v
        return self

class B:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        print('B.__matmul__')
        return B(self.v + other.v)

x = A(1)
orig = x
x @= A(2)
print(x.v, x is orig)
y = B(1)
origy = y
y @= B(5)
print(y.v, y is origy)

class C:
    def __imatmul__(self, other):
        return NotImplemented
    def __matmul__(self, other):
        return 'fallback to __matmul__'

c = C()
c @= 1
print(c)
import operator
z = A(3)
print(operator.imatmul(z, A(4)).v)
