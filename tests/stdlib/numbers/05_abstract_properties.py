import numbers

print(sorted(numbers.Complex.__abstractmethods__))
print(sorted(numbers.Rational.__abstractmethods__))
print(numbers.Complex.__dict__['real'].__isabstractmethod__)
print(numbers.Real.__dict__['real'].__isabstractmethod__)
print(numbers.Rational.__dict__['numerator'].__isabstractmethod__)
print(numbers.Integral.__dict__['numerator'].__isabstractmethod__)


class NoParts(numbers.Complex):
    def __complex__(self): return 0j
    def __add__(self, o): return 0
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
    def __eq__(self, o): return False


try:
    NoParts()
except TypeError as e:
    print(e)
