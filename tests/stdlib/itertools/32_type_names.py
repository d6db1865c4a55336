import itertools

objs = [
    itertools.count(), itertools.repeat(1), itertools.cycle([1]), itertools.chain([1]),
    itertools.chain.from_iterable([[1]]), itertools.islice([1], 1), itertools.accumulate([1]),
    itertools.compress([1], [1]), itertools.dropwhile(bool, [1]), itertools.takewhile(bool, [1]),
    itertools.filterfalse(None, [1]), itertools.starmap(pow, [(1, 1)]),
    itertools.zip_longest([1]), itertools.pairwise([1, 2]),
]
for o in objs:
    t = type(o)
    print(t.__name__, repr(t), t.__module__, iter(o) is o, isinstance(o, t))
print(isinstance(itertools.chain.from_iterable([]), itertools.chain))
print(type(itertools.chain.from_iterable([])) is itertools.chain)
print(itertools.count.__name__, itertools.zip_longest.__qualname__)
print(isinstance(itertools.count, type), isinstance(itertools.islice([], 0), itertools.count))
print(repr(itertools.chain.from_iterable)[:33])
print(hasattr(itertools.count(), "__next__"), hasattr(itertools.repeat(1), "__length_hint__"))
print(hasattr(itertools.cycle([]), "__length_hint__"), hasattr(itertools.chain(), "from_iterable"))
print(callable(itertools.pairwise), issubclass(itertools.compress, object))
print(sorted(n for n in ["count", "repeat", "cycle", "chain", "islice", "accumulate",
                          "compress", "dropwhile", "takewhile", "filterfalse", "starmap",
                          "zip_longest", "pairwise"] if hasattr(itertools, n)))
print(itertools.__name__, type(itertools).__name__)
