import math

pairs = [(1, -0.0), (1, 0.0), (-3, 2), (3, -2), (0.0, -1), (-0.0, 1), (float("inf"), -1),
         (float("nan"), -1), (2, float("-nan")), (2, float("nan")), (5, -float("inf")),
         (True, -1), (10**20, -1), (1e-320, -1e-320)]
for x, y in pairs:
    print("copysign", repr(x), repr(y), repr(math.copysign(x, y)))

print(repr(math.copysign(1, math.copysign(float("nan"), -1))))
print(math.copysign(1.0, -0.0) < 0, -0.0 == 0.0)

for v in [-3, 3, -0.0, -2.5, float("-inf"), float("nan"), -(10**20), True, -1e-320]:
    print("fabs", repr(v), repr(math.fabs(v)), type(math.fabs(v)).__name__, repr(abs(v)))

for bad in [("1", 2), (1,), (1, None)]:
    try:
        math.copysign(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ["1", 1j, None]:
    try:
        math.fabs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    math.copysign(10**400, 1)
except OverflowError as e:
    print(type(e).__name__, e)
