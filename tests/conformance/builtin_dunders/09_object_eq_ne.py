class A:
    pass

a = A()
b = A()
print(object.__eq__(a, a))
print(object.__eq__(a, b))
print(object.__ne__(a, a))
print(object.__ne__(a, b))
print(a.__eq__(b) is NotImplemented, a == b, a != b)
print(object.__eq__(1, 1), object.__eq__(1, 2))

class E:
    def __eq__(self, other):
        print('E.__eq__ called')
        return True

e = E()
print(object.__ne__(e, b))
print(e != b)
print(object.__eq__(e, e), object.__eq__(e, b))

class N:
    def __eq__(self, other):
        return NotImplemented

n = N()
print(object.__ne__(n, n), n != n, n == n)
print(object.__lt__(a, b))
try:
    a < b
except TypeError as ex:
    print(type(ex).__name__, ex)
