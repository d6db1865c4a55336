import itertools
from itertools import combinations, combinations_with_replacement, islice, permutations, product

# results are produced lazily; only the pools are materialized up front
print(list(islice(product(range(10), repeat=12), 3)))
print(list(islice(permutations(range(50)), 2))[1][-3:])
print(next(combinations(range(1000), 500))[-1])
print(list(islice(combinations_with_replacement(range(100), 30), 2))[1][-2:])
p = product("ab", repeat=40)
for _ in range(5):
    last = next(p)
print("".join(last[-4:]))
# first few permutations of 8 items in lexicographic order
print(["".join(t) for t in islice(permutations("abcdefgh"), 4)])
# skipping ahead with islice
print(next(islice(permutations(range(5)), 119, None)))
print(next(islice(combinations(range(10), 3), 119, None), "past the end"))
print(next(islice(combinations(range(10), 3), 120, None), "past the end"))
# nested: a product of combination streams
pairs = combinations("abc", 2)
print(list(product(pairs, [0, 1]))[:3])
# chain of combinations for every r, cut short
print(list(islice(itertools.chain.from_iterable(combinations("wxyz", r) for r in range(5)), 7)))
# groupby over an infinite count, stopped after a few groups
groups = itertools.groupby(itertools.count(), key=lambda n: n // 4)
print([(k, list(g)) for k, g in islice(groups, 3)])
# tee over an infinite iterator
a, b = itertools.tee(itertools.count(1))
print(list(islice(a, 5)), list(islice(b, 2)), next(a), next(b))
