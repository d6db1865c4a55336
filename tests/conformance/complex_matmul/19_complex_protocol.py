class Z:
    def __complex__(self):
        return 3 + 4j

print(complex(Z()), abs(complex(Z())))

class F:
    def __float__(self):
        return 2.5

print(complex(F()), complex(F(), F()))

class I:
    def __index__(self):
        return 7

print(complex(I()))

class Bad:
    def __complex__(self):
        return 1.5

try:
    complex(Bad())
except TypeError as e:
    print(type(e).__name__, e)

class CC(complex):
    def __repr__(self):
        return 'CC' + super().__repr__()

c = CC(1, 2)
print(repr(c), str(c), c.real, c.imag, isinstance(c, complex))
print(repr(c + 1), type(c + 1).__name__, type(-c).__name__)
print(c == 1 + 2j, hash(c) == hash(1 + 2j))
print(complex(c), type(complex(c)).__name__)
print(CC('3-1j'), type(CC()).__name__, repr(CC()))
