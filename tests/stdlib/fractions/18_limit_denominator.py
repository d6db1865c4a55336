import math
from fractions import Fraction as F

pi = F('3.141592653589793')
for m in [1, 2, 7, 10, 57, 100, 113, 1000, 10 ** 6, 10 ** 9]:
    print(m, repr(pi.limit_denominator(m)))
print(repr(F(4321, 8765).limit_denominator(10000)))
print(repr(F(1.1).limit_denominator()))
print(repr(F(math.e).limit_denominator(1000)))
print(repr(F(-math.sqrt(2)).limit_denominator(500)))
print(repr(F(3, 2).limit_denominator(1)), repr(F(5, 2).limit_denominator(1)), repr(F(7, 2).limit_denominator(1)))
print(repr(F(-5, 2).limit_denominator(1)), repr(F(1, 3).limit_denominator(2)))
print(repr(F(1, 7).limit_denominator(6)), repr(F(99, 100).limit_denominator(10)))
print(repr(F(0).limit_denominator(5)), repr(F(7).limit_denominator(1)))
r = F(1, 3)
print(r.limit_denominator(10) is r)
for bad in [0, -1]:
    try:
        F(1, 3).limit_denominator(bad)
    except ValueError as e:
        print(bad, 'ValueError', e)
try:
    F(1, 3).limit_denominator('x')
except TypeError as e:
    print('TypeError', e)
