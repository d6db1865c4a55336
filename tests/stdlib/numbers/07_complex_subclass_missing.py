import numbers


class Partial(numbers.Complex):
    real = property(lambda self: 0)
    imag = property(lambda self: 0)

    def __complex__(self):
        return 0j

    def __add__(self, other):
        return 0


try:
    Partial()
except TypeError as e:
    print(e)


class OneLeft(Partial):
    def __radd__(self, o): return 0
    def __neg__(self): return 0
    def __pos__(self): return 0
    def __mul__(self, o): return 0
    def __rmul__(self, o): return 0
    def __truediv__(self, o): return 0
    def __rtruediv__(self, o): return 0
    def __pow__(self, o): return 0
    def __rpow__(self, o): return 0
    def __abs__(self): return 0
    def conjugate(self): return 0


try:
    OneLeft()
except TypeError as e:
    print(e)
print(sorted(OneLeft.__abstractmethods__))


class Done(OneLeft):
    def __eq__(self, other):
        return True


d = Done()
print(type(d).__name__, Done.__abstractmethods__, Done.__hash__)
