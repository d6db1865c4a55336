from fractions import Fraction as F

inf, nan = float('inf'), float('nan')
vals = [F(1, 3), F(-5, 2), F(0)]
others = [0.5, 1 / 3, -2.5, 0.0, -0.0, inf, -inf, nan, 1e300, -1e-300]
for x in vals:
    for y in others:
        print(repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y, x >= y,
              y < x, y <= x, y == x, y != x, y > x, y >= x)
print(F(1, 3) == 1 / 3, F(1 / 3) == 1 / 3, F(0.1) == 0.1, F(1, 10) == 0.1)
print(sorted([F(1, 2), 0.25, F(1, 8), 0.75, -inf, inf]))
