import numbers
from fractions import Fraction as F

f = F(1, 2)
for abc in [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]:
    print(abc.__name__, isinstance(f, abc), issubclass(F, abc))
print(isinstance(1, numbers.Rational), isinstance(1.5, numbers.Rational))


class G(F):
    pass


print(isinstance(G(1), numbers.Rational), issubclass(G, numbers.Real))
print(F.__name__, F.__qualname__, F.__module__)
print(sorted(k for k in ['__add__', '__radd__', '__floordiv__', '__rdivmod__', '__float__',
                         '__complex__', '__index__', '__format__', '__int__', '__round__',
                         '__trunc__', '__pos__', '__abs__', '__bool__', '__hash__']
             if k in dir(F)))
