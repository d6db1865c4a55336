from fractions import Fraction as F

vals = [F(-3, 2), F(-1), F(0), F(1, 3), F(1, 2), F(2, 3), F(1), F(3, 2), -2, -1, 0, 1, 2, True, False]
for x in vals:
    row = []
    for y in vals:
        row.append('%d%d%d%d%d%d' % (x < y, x <= y, x == y, x != y, x > y, x >= y))
    print(repr(x).ljust(16), ' '.join(row))
print(sorted([F(5, 7), 1, F(-1, 2), 0, F(2, 3), F(1, 2), True, F(9, 8)]))
print(min(F(1, 3), F(1, 4)), max(F(1, 3), 1, F(5, 4)))
print(F(10 ** 30 + 1, 10 ** 30) > 1, F(10 ** 30 - 1, 10 ** 30) < 1)
print(F(2, 4) == F(1, 2), F(1, 2) == F(2, 3), F(7) == 7, 7 == F(7), F(7, 2) == 3)
