import operator
from itertools import chain, count, groupby, islice, repeat, starmap


def take(n, iterable):
    return list(islice(iterable, n))


def tabulate(function, start=0):
    return map(function, count(start))


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))


def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))


def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)


def repeatfunc(func, times=None, *args):
    if times is None:
        return starmap(func, repeat(args))
    return starmap(func, repeat(args, times))


print(take(4, tabulate(lambda x: x * x, 3)))
print(nth(range(10), 3), nth("abc", 5), nth("abc", 5, "none"), nth(iter([]), 0, -1))
print(all_equal("aaaa"), all_equal("aaba"), all_equal(""), all_equal([1, 1.0, True]))
print(quantify([0, 1, "", "x", None, [0]]), quantify(range(10), lambda x: x > 6))
print(list(flatten([[1, 2], (), "ab", range(2)])))
print(list(ncycles("ab", 3)), list(ncycles([], 5)), list(ncycles("xy", 0)))
print(dotproduct([1, 2, 3], [4, 5, 6]))
print(first_true([0, None, "", 7, 8]), first_true([], "dflt"), first_true(range(10), pred=lambda x: x > 4))
print(list(repeatfunc(pow, 3, 2, 5)), take(2, repeatfunc(str.upper, None, "q")))
