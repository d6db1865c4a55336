from fractions import Fraction as F

counts = {}
for k in range(1, 13):
    for j in range(1, 13):
        q = F(k, j)
        counts[q] = counts.get(q, 0) + 1
print(len(counts))
print(sorted(counts.items())[:8])
print(counts[F(1)], counts[1], counts[1.0], counts[F(2, 4)], counts[0.5])
s = set()
for x in [F(1, 2), 0.5, F(3, 6), 1, F(2, 2), 1.0, F(1, 3), 2 / 6]:
    s.add(x)
print(sorted(s, key=float))
print(F(1, 3) in {1 / 3}, F(0.25) in {0.25}, 0.25 in {F(1, 4)})
