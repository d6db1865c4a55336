# Combinatorics and chaining.
import itertools
n = 0
for t in itertools.combinations(range(40), 3):
    n += t[0]
for p in itertools.product(range(30), repeat=3):
    n += p[2]
n += sum(itertools.chain.from_iterable([range(100)] * 2000))
print(n)
