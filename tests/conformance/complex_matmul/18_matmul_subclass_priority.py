class Base:
    def __matmul__(self, other):
        return 'Base.__matmul__'
    def __rmatmul__(self, other):
        return 'Base.__rmatmul__'

class Sub(Base):
    def __rmatmul__(self, other):
        return 'Sub.__rmatmul__'

class Sub2(Base):
    pass

print(Base() @ Base())
print(Base() @ Sub())
print(Sub() @ Base())
print(Base() @ Sub2())
print(1 @ Sub2())

class Mat:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Mat([[sum(x * y for x, y in zip(r, c)) for c in cols] for r in self.rows])
    def __repr__(self):
        return 'Mat(%r)' % (self.rows,)

m = Mat([[1, 2], [3, 4]])
i = Mat([[1, 0], [0, 1]])
print(m @ i)
print(m @ m)
print(m @ Mat([[1j], [1]]))
m2 = m
m2 @= m
print(m2, m)
