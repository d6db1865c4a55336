from fractions import Fraction as F

for f in [F(0), F(0, 5), F(1, 10 ** 30), F(-1, 3), F(5)]:
    print(repr(f), bool(f), not f, repr(-f), repr(+f), repr(abs(f)), repr(-(-f)))
print(F(0) or 'empty', F(2) and 'set')
print(repr(-F(0)), (-F(0)).denominator)
if F(1, 2):
    print('truthy')
print([x for x in [F(0), F(1), F(-1), F(0, 3)] if x])
print(sum([F(1, 2), -F(1, 2)]) == 0, bool(sum([F(1, 2), -F(1, 2)])))
