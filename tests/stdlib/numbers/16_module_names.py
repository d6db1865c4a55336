import numbers

print(numbers.__all__)
print(sorted(n for n in dir(numbers) if not n.startswith('_')))
print(numbers.__name__)
from numbers import *
print(Number, Complex, Real, Rational, Integral)
