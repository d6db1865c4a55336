from collections import defaultdict
from fractions import Fraction

dist = defaultdict(Fraction)
p = min(Fraction(5, 4), Fraction(1))
for mult, vals in zip([1 - p, p], [[3, 4, 5], [8, 9]]):
    mult /= len(vals)
    for x in vals:
        dist[x] += mult
print(dict(dist))
p = Fraction(7, 10)
dist = defaultdict(Fraction)
for mult, vals in zip([1 - p, p], [[1, 2, 2], [2, 3]]):
    mult /= len(vals)
    for x in vals:
        dist[x] += mult
print(sorted(dist.items(), key=lambda t: (-t[1], t[0])))
print({k: float(v) for k, v in dist.items() if v > 0})
print(sum(dist.values()), int(37 * Fraction(3, 2)), Fraction(64, 130) + Fraction(66, 130))
print(Fraction(), repr(defaultdict(Fraction)['missing']))
