from fractions import Fraction as F

P = 2 ** 61 - 1
for f in [F(1, P), F(-1, P), F(2, P), F(1, 2 * P), F(3, P ** 2), F(P, P + 1), F(1, P + 1),
          F(P - 1, P - 2), F(-(P - 1), P - 2), F(1, 2 ** 61), F(3, 2 ** 70), F(10 ** 40, 3)]:
    print(repr(f), hash(f))
print(hash(F(1, P)) == hash(float('inf')), hash(F(-1, P)) == hash(float('-inf')))
print(hash(F(3, 2 ** 70)) == hash(3 / 2 ** 70))
print([hash(F(k, 7)) for k in range(-3, 4)])
