import math

pairs = [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (1.0, 1.0), (0.0, -0.0),
         (-0.0, 0.0), (1e308, float("inf")), (float("inf"), 0), (5e-324, 0), (-5e-324, 0),
         (float("nan"), 1), (1, float("nan")), (2, 3), (10**20, 0), (1.7976931348623157e308, math.inf)]
for x, y in pairs:
    print("nextafter", repr(x), repr(y), repr(math.nextafter(x, y)))

for v in [1.0, 0.0, -0.0, 2.0, 0.1, 1e308, 1e-320, 5e-324, -1.0, 2**52 + 0.0, 2**53 + 0.0,
          1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 10**20, 3]:
    print("ulp", repr(v), repr(math.ulp(v)))

print(math.nextafter(1.0, 2.0) - 1.0 == math.ulp(1.0), math.ulp(1.0) == 2**-52)
x = 0.0
for _ in range(3):
    x = math.nextafter(x, 1)
print(repr(x))

for args in [(1,), ("1", 2), (1, 2, 3)]:
    try:
        math.nextafter(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    math.ulp("1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.nextafter(1.0, 2.0, steps=2)
except TypeError as e:
    print(type(e).__name__, e)
