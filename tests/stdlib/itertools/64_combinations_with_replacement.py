import itertools
import math

cwr = itertools.combinations_with_replacement
for r in range(5):
    print(r, list(cwr("abc", r)))
print(list(cwr("", 0)))
print(list(cwr("", 1)))
print(list(cwr("", 3)))
print(list(cwr([5], 3)))
print(list(cwr(range(2), r=4)))
print(["".join(c) for c in cwr("xy", 3)])
# repeated input values give repeated outputs
print(list(cwr("aa", 2)))
# sorted input gives sorted output
out = list(cwr(range(4), 3))
print(out == sorted(out), len(out), out[:3], out[-1])
# counts: comb(n + r - 1, r), and 1 for n == r == 0
for n in range(5):
    got = [len(list(cwr(range(n), r))) for r in range(5)]
    want = [math.comb(n + r - 1, r) if n else int(r == 0) for r in range(5)]
    print(n, got, got == want)
# r larger than n is fine (unlike combinations)
print(len(list(cwr("ab", 5))), list(itertools.combinations("ab", 5)))
# consumes a generator eagerly
gen = iter([1, 2, 3])
c = cwr(gen, 2)
print(list(gen), next(c), list(c))
# the name and keyword handling
print(type(cwr("a", 1)).__name__)
print(list(cwr(iterable="ab", r=2)))
# coin change: ways to make 8 from 3 coins
print([c for c in cwr([1, 2, 5], 3) if sum(c) == 8])
# dice with repeats, ignoring order
print(sum(1 for _ in cwr(range(1, 7), 2)))
# exhaustion is sticky
c = cwr("z", 2)
print(list(c), list(c), next(c, "end"))
