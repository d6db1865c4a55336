import math

print(hasattr(math, "cbrt"), hasattr(math, "exp2"))
for v in [0, -0.0, 1, 8, 27, -27, 2, 1000, 0.001, 1e300, -1e-300, float("inf"), float("-inf"),
          float("nan"), 10**30, 3.375]:
    print("cbrt", repr(v), repr(math.cbrt(v)))

for v in [0, 1, -1, 10, 0.5, -0.5, 52, 1023, -1074, -1075, -1080, 1023.9999, float("inf"),
          float("-inf"), float("nan"), True]:
    print("exp2", repr(v), repr(math.exp2(v)))

for v in [1024, 1e10]:
    try:
        math.exp2(v)
    except OverflowError as e:
        print("exp2", repr(v), type(e).__name__, e)

for f in (math.cbrt, math.exp2):
    for bad in ["8", None]:
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
    try:
        f(10**400)
    except OverflowError as e:
        print(f.__name__, type(e).__name__, e)

print(repr(math.cbrt(64) ** 3), repr(64 ** (1 / 3)), repr(math.exp2(3) == 2**3))
