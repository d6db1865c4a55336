from fractions import Fraction as F

pairs = [(F(5), 5), (F(-5), -5), (F(1, 2), 0.5), (F(-1, 2), -0.5), (F(3, 8), 0.375),
         (F(0), 0), (F(0), 0.0), (F(-1), -1), (F(-1), -1.0), (F(1, 2), 0.5 + 0j),
         (F(2 ** 61 - 1), 2 ** 61 - 1), (F(2 ** 61), 2 ** 61), (F(10 ** 20), 1e20),
         (F(7, 2 ** 40), 7 / 2 ** 40)]
for f, x in pairs:
    print(repr(f), repr(x), f == x, hash(f) == hash(x), hash(f))
d = {F(1, 2): 'half', 1: 'one', 2.0: 'two'}
print(d[0.5], d[F(1)], d[F(2)], d.get(F(1, 3)))
s = {F(1, 2), 0.5, F(2, 4), 1, F(1), 1.0, True}
print(len(s))
print(hash(F(1, 3)), hash(F(-1, 3)), hash(F(2, 3)), hash(F(1, 10)), hash(F(10 ** 30, 7)))
print(hash(F(-1)), hash(F(-2)), hash(F(1, 2)) == hash(0.5))
