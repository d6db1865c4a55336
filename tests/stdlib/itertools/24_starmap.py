import itertools
import operator

print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.starmap(operator.add, [("a", "b"), ([1], [2])])))
print(list(itertools.starmap(max, [[1, 5, 3], "xyz", (0, -1)])))
print(list(itertools.starmap(lambda: "none", [(), []])))
print(list(itertools.starmap(divmod, zip(range(10, 14), itertools.repeat(3)))))
print(list(itertools.starmap(str.join, [(",", "abc"), ("-", ["x", "y"])])))
gen = ((i, i + 1) for i in range(3))
print(list(itertools.starmap(operator.mul, gen)))
print(list(itertools.starmap(pow, [])))
print(list(itertools.starmap(lambda *a: a, [iter([1, 2]), range(3), {"k": 1}])))
sm = itertools.starmap(operator.sub, [(5, 1), (9, 4)])
print(next(sm), next(sm))
print(dict(itertools.starmap(lambda k, v: (v, k), {"a": 1, "b": 2}.items())))
for r in itertools.starmap(lambda name, n: name * n, [("ab", 2), ("c", 3)]):
    print("for", r)


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: list(itertools.starmap(pow, [1, 2])))
t(lambda: list(itertools.starmap(pow, [(1, 2, 3, 4)])))
t(lambda: list(itertools.starmap(5, [(1,)])))
t(lambda: list(itertools.starmap(pow, 7)))
t(lambda: itertools.starmap(pow))
t(lambda: itertools.starmap(function=pow, iterable=[]))
sm = itertools.starmap(operator.truediv, [(1, 2), (1, 0), (3, 4)])
print(next(sm))
t(lambda: next(sm))
print(list(sm))
