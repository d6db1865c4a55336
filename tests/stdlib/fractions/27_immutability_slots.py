from fractions import Fraction as F

f = F(1, 2)
print(F.__slots__, hasattr(f, '__dict__'))
try:
    f.x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    f.numerator = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    vars(f)
except TypeError as e:
    print('TypeError', e)
a = F(3, 4)
b = a
a += 1
print(repr(a), repr(b), a is b)
print(sorted(k for k in ('numerator', 'denominator', 'limit_denominator', 'from_float',
                         'from_decimal', 'as_integer_ratio') if hasattr(F, k)))
