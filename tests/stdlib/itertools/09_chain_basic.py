import itertools

print(list(itertools.chain([1, 2], (3,), "ab", range(2))))
print(list(itertools.chain()), list(itertools.chain([], "", ())))
print(list(itertools.chain({"a": 1, "b": 2}, [None])))
c = itertools.chain("xy", [10])
print(next(c), next(c), next(c))
try:
    next(c)
except StopIteration:
    print("StopIteration")
print(list(c))
print(list(itertools.chain.from_iterable([[1], [2, 3], [], "de"])))
print(list(itertools.chain.from_iterable(["abc", "de"])))
print(list(itertools.chain.from_iterable([])))
rows = [[1, 2], [3], [4, 5, 6]]
print(sum(itertools.chain.from_iterable(rows)))
print(list(itertools.chain(*rows)))
print(type(itertools.chain.from_iterable([])).__name__)
for x in itertools.chain([1], [2]):
    print("for", x)
print(list(itertools.chain.from_iterable(range(n) for n in range(4))))
a = [1, 2]
c = itertools.chain(a, a)
a.append(3)
print(list(c))
print(sorted(itertools.chain({3, 1}, {2})))
print("".join(itertools.chain("ab", "cd")))
print(dict(itertools.chain([("a", 1)], {"b": 2}.items())))
