class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
    def __rsub__(self, o):
        return N(o - self.v)
    def __rtruediv__(self, o):
        return N(o / self.v)
    def __rfloordiv__(self, o):
        return N(o // self.v)
    def __rmod__(self, o):
        return N(o % self.v)
    def __rpow__(self, o):
        return N(o ** self.v)
    def __rmul__(self, o):
        return N(o * self.v)
n = N(4)
print(10 - n, 10 / n, 10 // n, 10 % n, 2 ** n, 3 * n)
try:
    print(n - 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(n ** 2)
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __add__(self, o):
        return "Base.__add__"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(Base() + Base(), Base() + Sub(), Sub() + Base())
