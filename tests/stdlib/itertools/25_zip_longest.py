import itertools

print(list(itertools.zip_longest("ABCD", "xy")))
print(list(itertools.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(itertools.zip_longest([1, 2], [3, 4, 5], [6])))
print(list(itertools.zip_longest([1], [2, 3], fillvalue=0)))
print(list(itertools.zip_longest()), list(itertools.zip_longest(fillvalue=1)))
print(list(itertools.zip_longest([])), list(itertools.zip_longest([], [], fillvalue=9)))
print(list(itertools.zip_longest("ab")))
print(list(itertools.zip_longest(range(3), "", fillvalue=None)))
fill = []
rows = list(itertools.zip_longest([1, 2, 3], [4], fillvalue=fill))
print(rows, rows[1][1] is fill, rows[2][1] is rows[1][1])
z = itertools.zip_longest("ab", [1, 2, 3], fillvalue="?")
print(next(z), next(z), next(z))
try:
    next(z)
except StopIteration:
    print("StopIteration")
print(list(itertools.islice(itertools.zip_longest(itertools.count(), "ab"), 4)))
a, b = zip(*itertools.zip_longest("abc", "de", fillvalue="_"))
print(a, b)
names = ["id", "name", "score"]
values = [7, "ann"]
print(dict(itertools.zip_longest(names, values)))
for x, y in itertools.zip_longest("pq", "r", fillvalue="."):
    print("for", x + y)
t = next(itertools.zip_longest([1], [2]))
print(type(t).__name__, t)


def u(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


u(lambda: itertools.zip_longest([1], fill=0))
u(lambda: itertools.zip_longest([1], fillvalue=0, other=1))
u(lambda: itertools.zip_longest([1], 2))
u(lambda: itertools.zip_longest(None, fillvalue=None))
