import itertools
import operator
from itertools import chain, combinations, filterfalse, groupby


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    if key is None:
        for element in filterfalse(seen.__contains__, iterable):
            seen.add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))


print(list(powerset([1, 2, 3])))
print(list(powerset("")))
print(len(list(powerset(range(10)))))
print(["".join(s) for s in powerset("abc")])
print([s for s in powerset([3, 5, 8, 13]) if sum(s) == 21])
print(list(unique_everseen("AAAABBBCCDAABBB")))
print(list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_everseen([3, 1, 3, 2, 1, 4])))
print(list(unique_everseen(["a", "bb", "cc", "d", "eee"], key=len)))
print(list(unique_justseen("AAAABBBCCDAABBB")))
print(list(unique_justseen("ABBcCAD", str.lower)))
print(list(unique_justseen([])))
print(list(unique_justseen([1, 1.0, 2, 2, 1])))
# the set grows only with new elements
it = unique_everseen(iter("abab"))
print(next(it), next(it), next(it, "no more"))
# unhashable elements fail with the set's message
try:
    list(unique_everseen([[1], [1]]))
except TypeError as e:
    print(type(e).__name__, e)
