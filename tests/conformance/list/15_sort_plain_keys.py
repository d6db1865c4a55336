# Keys of one builtin kind (ints, floats, strs, tuples of them) sort without Python code;
# mixed kinds, NaN, signed zeros and ragged tuples must still give CPython's results and errors.
import random

rng = random.Random(7)
data = [rng.randrange(-50, 50) for _ in range(40)]
print(sorted(data)[:10], sorted(data, reverse=True)[:10])
print(sorted([0.0, -0.0, 1.5, -0.0, 0.0], key=lambda x: x), [str(x) for x in sorted([0.0, -0.0, -0.0, 0.0])])
print(sorted([3.0, float("nan"), 1.0, 2.0, float("nan"), 0.5]))
print(sorted([(1, "b"), (1, "a", 0), (1,), (0, "z"), (1, "a")]))
print(sorted([((2, 1), "x"), ((1, 9), "y"), ((1, 9), "a")]))
print(sorted(["b", "a", "é", "Z", "", "aa"]), sorted(["b", "a", "c"], reverse=True))
pairs = [(k % 3, i) for i, k in enumerate(rng.randrange(100) for _ in range(30))]
print(sorted(pairs, key=lambda p: p[0])[:8])
print(sorted([(1, 2.5), (1, 2), (0, 1)]))
for bad in [[1, "a"], [(1, "a"), (1, 2)], [(1, 2), ("x", 2)], [1.5, "x"], [(1, [2]), (1, [1])]]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print(type(e).__name__, e)
big = [10 ** 20, 3, -(10 ** 20), 7]
print(sorted(big), sorted([True, 2, False, 1]), sorted([2, 1.5, 1, 0.5]))
lst = [5, 3, 9, 1]
lst.sort(key=lambda x: -x)
print(lst, sorted(range(10), key=lambda x: (x % 2, -x)))
for r in ['x', 1.5, None, 2, True, 2 ** 40, -1, 0]:
    try:
        print(sorted([2, 1, 3], reverse=r))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
