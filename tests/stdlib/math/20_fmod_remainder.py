import math

pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (5.5, 2), (-5.5, 2), (1, 0.1), (0, 5), (-0.0, 5),
         (1e308, 3), (3, float("inf")), (-3, float("inf")), (10**20, 7), (2, 4), (6, 4), (10, 4)]
for x, y in pairs:
    print(repr(x), repr(y), "fmod", repr(math.fmod(x, y)), "%", repr(x % y),
          "remainder", repr(math.remainder(x, y)))

for x, y in [(1, 0), (1.0, 0.0), (float("inf"), 1), (float("-inf"), 2)]:
    for f in (math.fmod, math.remainder):
        try:
            print(f.__name__, repr(x), repr(y), repr(f(x, y)))
        except (ValueError, ZeroDivisionError) as e:
            print(f.__name__, repr(x), repr(y), type(e).__name__, e)

for x, y in [(float("nan"), 1), (1, float("nan")), (float("nan"), 0)]:
    print(repr(math.fmod(x, y)), repr(math.remainder(x, y)))

# ties round to even in remainder
for x in [0.5, 1.5, 2.5, 3.5, -2.5, 5, 7]:
    print("remainder", x, repr(math.remainder(x, 1)), repr(math.remainder(x, 2)))

for f in (math.fmod, math.remainder):
    try:
        f(1)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f("1", 2)
    except TypeError as e:
        print(type(e).__name__, e)
