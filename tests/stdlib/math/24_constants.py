import math

for name in ["pi", "e", "tau", "inf", "nan"]:
    v = getattr(math, name)
    print(name, repr(v), type(v).__name__, v.hex())

print(math.tau == 2 * math.pi, math.pi == 3.141592653589793)
print(math.e == math.exp(1), repr(math.exp(1)))
print(math.inf == float("inf"), -math.inf == float("-inf"), repr(-math.inf))
print(math.isnan(math.nan), repr(-math.nan), repr(abs(math.nan)))
print(math.copysign(1, math.nan), math.copysign(1, -math.nan))
print(repr(math.pi * 2), repr(math.pi / 2), repr(math.e ** 2))
print(f"{math.pi:.20f}", f"{math.e:.5e}", f"{math.tau:g}", f"{math.inf:f}", f"{math.nan:F}")
print(round(math.pi, 4), round(math.e, 10), round(math.pi), type(round(math.pi)).__name__)
print(int(math.pi * 1e15), math.pi.as_integer_ratio())
print(str(math.inf), str(math.nan), format(math.inf, ">6"), float("-nan"))

# constants can be rebound in the module namespace, like any attribute
saved = math.pi
math.pi = 3
print(math.pi)
math.pi = saved
print(repr(math.pi))
print(math.__name__, type(math).__name__)
print(sorted(n for n in ("pi", "e", "tau", "inf", "nan") if n in dir(math)))
