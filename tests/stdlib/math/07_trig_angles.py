import math

angles = [0, -0.0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 2 * math.pi, -math.pi / 3,
          1, 1e-8, 1e10, 1e22, 1e300, 3]
for a in angles:
    print(repr(a), repr(math.sin(a)), repr(math.cos(a)), repr(math.tan(a)))

for v in [float("inf"), float("-inf")]:
    for f in (math.sin, math.cos, math.tan):
        try:
            f(v)
        except ValueError as e:
            print(f.__name__, repr(v), type(e).__name__, e)
for f in (math.sin, math.cos, math.tan):
    print(f.__name__, repr(f(float("nan"))))

# identities are not exact in floating point
x = 0.7
print(repr(math.sin(x) ** 2 + math.cos(x) ** 2))
print(repr(math.tan(math.pi / 4)), math.isclose(math.tan(math.pi / 4), 1))
print(repr(math.sin(True)), repr(math.cos(10**15)))

for bad in ["1", None, 1j]:
    try:
        math.sin(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    math.cos()
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.tan(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# angle conversion
for d in [0, 30, 45, 90, 180, 360, -90, 1, 0.5, 1e308, 10**20, True, float("inf"), float("nan")]:
    print("radians", repr(d), repr(math.radians(d)))

for r in [0, math.pi, math.pi / 2, -math.pi / 4, 1, 2 * math.pi, 1e306, -0.0, float("-inf")]:
    print("degrees", repr(r), repr(math.degrees(r)))

print(repr(math.degrees(1e308)))
print(repr(math.degrees(math.radians(33))), repr(math.radians(math.degrees(0.1))))
print(repr(math.degrees(math.atan2(1, 1))))
for bad in ["90", None]:
    for f in (math.degrees, math.radians):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
try:
    math.radians(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
