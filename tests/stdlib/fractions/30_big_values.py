import math
from fractions import Fraction as F

a = F(3 ** 200, 2 ** 300)
b = F(-(7 ** 150), 5 ** 170)
for r in [a + b, a - b, a * b, a / b, a // b, a % b]:
    print(str(r)[:60], len(str(r)))
print(round(a), round(b), math.floor(b), math.ceil(b))
print(float(a), float(b), float(a / b))
print(hash(a), hash(b), hash(a * b))
print(a > b, a == a * 1, (a ** 3).denominator.bit_length())
print(repr(F(math.factorial(50), math.factorial(48))))
print(repr(F(10 ** 400 + 1, 10 ** 399)))
print(repr(sum(F(1, 2 ** k) for k in range(200)) - 2))
print(repr(F('1' * 100 + '/' + '3' * 100)))
