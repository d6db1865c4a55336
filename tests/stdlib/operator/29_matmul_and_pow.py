import operator


class M:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __rmatmul__(self, other):
        return ("rmatmul", other)

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __pow__(self, n):
        out = self
        for _ in range(n - 1):
            out = out @ self
        return out

    def __rpow__(self, base):
        return ("rpow", base)


m = M([[1, 1], [1, 0]])
print(operator.matmul(m, m).rows, operator.pow(m, 5).rows)
print(operator.matmul(3, m), operator.pow(2, m))
m2 = m
r = operator.imatmul(m, M([[2, 0], [0, 2]]))
print(r is m2, m.rows)
r = operator.ipow(m, 2)
print(r is m2, r.rows, m.rows)
print(operator.__matmul__ is operator.matmul, operator.__imatmul__ is operator.imatmul)
print(operator.pow(2, 0.5), operator.pow(-8, 1 / 3) == (-8) ** (1 / 3), operator.pow(0, 0))
print(operator.pow(2.0, 3), operator.pow(-2, 3), operator.pow(True, 10), operator.ipow(3, 3))
try:
    operator.pow(2, 3, 5)
except TypeError as e:
    print("TypeError:", e)
