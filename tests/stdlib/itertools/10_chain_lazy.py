import itertools


def src(name, n):
    print("  start", name)
    for i in range(n):
        yield name + str(i)
    print("  end", name)


def outer():
    print("  outer: first")
    yield src("a", 2)
    print("  outer: second")
    yield src("b", 1)
    print("  outer: done")


c = itertools.chain(src("x", 2), src("y", 1))
print("chain built")
print(next(c))
print(list(c))
f = itertools.chain.from_iterable(outer())
print("from_iterable built")
print(next(f))
print(list(f))
c = itertools.chain([1], 2, [3])
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError", e)
print(list(c))
f = itertools.chain.from_iterable([[1], None, [2]])
print(next(f))
try:
    next(f)
except TypeError as e:
    print("TypeError", e)
print(list(f))
