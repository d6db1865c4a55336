import copy
from fractions import Fraction as F

f = F(5, 7)
print(f.__reduce__())
print(copy.copy(f) is f, copy.deepcopy(f) is f)
print(copy.deepcopy([f, {f: f}]))


class G(F):
    pass


g = G(3, 9)
c = copy.copy(g)
d = copy.deepcopy(g)
print(repr(c), c is g, type(c).__name__, repr(d), d is g, type(d).__name__)
print(g.__reduce__()[0].__name__, g.__reduce__()[1])
cls, args = f.__reduce__()
print(repr(cls(*args)))
print(f.__copy__() is f, f.__deepcopy__({}) is f)
