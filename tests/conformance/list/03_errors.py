xs = [1, 2, 3]
tests = [
    lambda: xs[3],
    lambda: xs[-4],
    lambda: xs.pop(7),
    lambda: [].pop(),
    lambda: xs.remove(9),
    lambda: xs.index(42),
    lambda: xs["0"],
    lambda: xs[1.0],
    lambda: xs + (4,),
    lambda: xs * 1.5,
]
for t in tests:
    try:
        print(t())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    xs[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
print(xs)
