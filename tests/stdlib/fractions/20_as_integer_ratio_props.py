from fractions import Fraction as F

for f in [F(3, 4), F(-6, 8), F(0), F(5), F(2 ** 80, 3)]:
    print(repr(f), f.as_integer_ratio(), f.numerator, f.denominator, repr(f.real), repr(f.imag),
          repr(f.conjugate()), type(f.real).__name__, type(f.imag).__name__)


class Sub(F):
    pass


s = Sub(3, 9)
print(repr(s.real), repr(s.conjugate()), repr(+s), type(+s).__name__, s.as_integer_ratio())
for attr in ['numerator', 'denominator', 'real', 'imag']:
    try:
        setattr(F(1, 2), attr, 5)
    except AttributeError as e:
        print(attr, 'AttributeError', e)
try:
    del F(1, 2).numerator
except AttributeError as e:
    print('del AttributeError', e)
n, d = F(22, 33).as_integer_ratio()
print(n, d, type(n).__name__)
