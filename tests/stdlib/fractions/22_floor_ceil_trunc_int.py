import math
import operator
from fractions import Fraction as F

for f in [F(7, 2), F(-7, 2), F(1, 3), F(-1, 3), F(4), F(-4), F(0), F(10 ** 30 + 1, 10 ** 10)]:
    r = [math.floor(f), math.ceil(f), math.trunc(f), int(f), f.__floor__(), f.__ceil__(), f.__trunc__(), f.__int__()]
    print(repr(f), r, [type(x).__name__ for x in r[:4]])
for fn in [operator.index, hex, bin, lambda f: [0, 1, 2][f], lambda f: range(f)]:
    try:
        fn(F(1))
    except TypeError as e:
        print('TypeError', e)
print(math.isfinite(F(1, 3)), math.isnan(F(1, 3)), math.sqrt(F(9, 4)), math.floor(F(5, 3) * 3))
print(int(F('99.999')), math.ceil(F('99.001')), int(-F('0.5')))
