class M:
    def __init__(self, name):
        self.name = name
    def __matmul__(self, other):
        print('matmul', self.name, other)
        return M('(' + self.name + '@' + str(other) + ')')
    def __rmatmul__(self, other):
        print('rmatmul', self.name, other)
        return M('(' + str(other) + '@' + self.name + ')')
    def __str__(self):
        return self.name

a, b = M('a'), M('b')
print(a @ b)
print(a @ 2)
print(3 @ b)
print(a @ b @ M('c'))
print(M.__matmul__(a, 'x'))
print(type(a).__matmul__ is M.__matmul__)
import operator
print(operator.matmul(a, b))
print(operator.__matmul__(5, b))
