import math

for v in [0, -0.0, 0.5, -0.5, 1, -1, 1e-10, 0.9999999999999999]:
    print(repr(v), repr(math.asin(v)), repr(math.acos(v)), repr(math.atan(v)))

for v in [1.0000000000000002, -2, 10, float("inf"), float("-inf")]:
    for f in (math.asin, math.acos):
        try:
            f(v)
        except ValueError as e:
            print(f.__name__, repr(v), type(e).__name__, e)
for v in [float("inf"), float("-inf"), 1e300, float("nan")]:
    print("atan", repr(v), repr(math.atan(v)))
print(repr(math.asin(float("nan"))), repr(math.acos(float("nan"))))

pairs = [(0, 1), (1, 0), (0, -1), (-0.0, -1), (-1, 0), (1, 1), (-1, -1), (0.0, 0.0), (-0.0, 0.0),
         (0.0, -0.0), (-0.0, -0.0), (float("inf"), float("inf")), (float("-inf"), float("inf")),
         (float("inf"), float("-inf")), (1, float("inf")), (1, float("-inf")), (float("nan"), 1),
         (3, 4), (10**20, 1)]
for y, x in pairs:
    print("atan2", repr(y), repr(x), repr(math.atan2(y, x)))
try:
    math.atan2(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.atan2(1, "2")
except TypeError as e:
    print(type(e).__name__, e)
