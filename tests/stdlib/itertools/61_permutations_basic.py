import itertools
import math

print(list(itertools.permutations("abc")))
print(list(itertools.permutations("abc", 2)))
print(list(itertools.permutations("abc", None)))
print(list(itertools.permutations("abc", r=1)))
print(list(itertools.permutations("abc", 0)))
print(list(itertools.permutations("abc", 3)) == list(itertools.permutations("abc")))
print(list(itertools.permutations("abc", 4)))
print(list(itertools.permutations("abc", 100)))
print(list(itertools.permutations("")))
print(list(itertools.permutations("", 0)))
print(list(itertools.permutations("", 1)))
print(list(itertools.permutations([1])))
print(list(itertools.permutations(range(4), 2)))
# positions, not values, are permuted: repeats appear
print(list(itertools.permutations("aab")))
print(sorted(set(itertools.permutations("aab"))))
print(["".join(p) for p in itertools.permutations("xyz")])
# lexicographic order of positions
perms = list(itertools.permutations(range(4)))
print(perms == sorted(perms), perms[0], perms[5], perms[6], perms[-1])
# counts match math.perm
for n in range(5):
    counts = [len(list(itertools.permutations(range(n), r))) for r in range(n + 2)]
    print(n, counts, [math.perm(n, r) for r in range(n + 2)])
print(len(list(itertools.permutations(range(6)))), math.factorial(6))
# a generator is consumed when the object is built
gen = (c for c in "pq")
p = itertools.permutations(gen)
print(list(gen), list(p))
# exhaustion is sticky
p = itertools.permutations([1, 2])
print(list(p), list(p), next(p, "end"))
# r given as a bool
print(list(itertools.permutations("ab", True)))
