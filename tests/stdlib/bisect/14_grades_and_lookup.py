import bisect


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    i = bisect.bisect(breakpoints, score)
    return grades[i]


print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100, 59.9, 60]])
data = [("red", 5), ("blue", 1), ("yellow", 8), ("black", 0)]
data.sort(key=lambda r: r[1])
keys = [r[1] for r in data]
for k in [0, 1, 5, 8, 3]:
    i = bisect.bisect_left(keys, k)
    print(k, data[i] if i < len(data) and keys[i] == k else "missing")
print(data[bisect.bisect_left(data, 5, key=lambda r: r[1])])


def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError("not found: %r" % (x,))


def find_lt(a, x):
    i = bisect.bisect_left(a, x)
    return a[i - 1] if i else None


def find_ge(a, x):
    i = bisect.bisect_left(a, x)
    return a[i] if i != len(a) else None


s = [1, 4, 4, 9, 16, 25]
print(index(s, 9), find_lt(s, 4), find_lt(s, 1), find_ge(s, 5), find_ge(s, 26))
try:
    index(s, 5)
except ValueError as e:
    print("ValueError:", e)
print(bisect.bisect_right(s, 4) - bisect.bisect_left(s, 4), bisect.bisect_right(s, 3) - bisect.bisect_left(s, 3))
