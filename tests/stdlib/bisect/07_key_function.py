import bisect

recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7), ("e", 10)]
k = lambda r: r[1]
for x in [0, 1, 3, 5, 10, 11]:
    print(x, bisect.bisect_left(recs, x, key=k), bisect.bisect_right(recs, x, key=k), bisect.bisect(recs, x, key=k))
print(bisect.bisect_left(recs, 3, 2, key=k), bisect.bisect_right(recs, 3, 0, 2, key=k))
print(bisect.bisect_left(recs, 5, lo=1, hi=4, key=k), bisect.bisect_right(recs, 100, key=k, hi=3))
words = ["a", "bb", "ccc", "dddd"]
print(bisect.bisect_left(words, 2, key=len), bisect.bisect_right(words, 2, key=len))
print(bisect.bisect_left(words, "bz", key=None), bisect.bisect_right(words, "ccc", key=None))
desc = [9, 7, 5, 3, 1]
print(bisect.bisect_left(desc, -4, key=lambda v: -v), bisect.bisect_right(desc, -5, key=lambda v: -v))
calls = []


def logged(v):
    calls.append(v)
    return v


print(bisect.bisect_left(list(range(16)), 11, key=logged), calls)
calls.clear()
print(bisect.bisect_right(list(range(16)), 11, key=logged), calls)
