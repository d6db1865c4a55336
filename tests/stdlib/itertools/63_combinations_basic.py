import itertools
import math

for r in range(6):
    print(r, list(itertools.combinations("abcd", r)))
print(list(itertools.combinations(range(4), r=3)))
print(list(itertools.combinations("", 0)))
print(list(itertools.combinations("", 1)))
print(list(itertools.combinations([7], 1)))
# positions are combined, so equal values repeat
print(list(itertools.combinations("aab", 2)))
print(["".join(c) for c in itertools.combinations("wxyz", 2)])
# output order follows input order, so sorted input gives sorted output
combos = list(itertools.combinations(range(5), 3))
print(combos == sorted(combos), combos[0], combos[4], combos[-1])
print(list(itertools.combinations([3, 1, 2], 2)))
# counts match math.comb
for n in range(6):
    got = [len(list(itertools.combinations(range(n), r))) for r in range(n + 2)]
    print(n, got, got == [math.comb(n, r) for r in range(n + 2)])
print(sum(1 for _ in itertools.combinations(range(12), 6)), math.comb(12, 6))
# a generator is consumed up front
gen = (x * 2 for x in range(4))
c = itertools.combinations(gen, 2)
print(next(gen, "gen empty"), list(c))
# combinations of a dict iterates its keys
print(list(itertools.combinations({"a": 1, "b": 2, "c": 3}, 2)))
# each tuple is new and elements are the same objects
items = [[1], [2], [3]]
pairs = list(itertools.combinations(items, 2))
print(pairs[0][0] is items[0], pairs[-1][1] is items[2])
# combination of a range with r=0 and r=n
print(list(itertools.combinations(range(3), 0)), list(itertools.combinations(range(3), 3)))
# exhaustion is sticky
c = itertools.combinations("ab", 1)
print(list(c), list(c), next(c, "end"))
# subsets of a given size summing to a target
print([c for c in itertools.combinations([1, 2, 3, 4, 5, 6], 3) if sum(c) == 10])
