import math

cases = [(1.0, 1.0), (1.0, 1.0 + 1e-9), (1.0, 1.0 + 1e-10), (1.0, 1.0000000001), (0.0, 1e-10),
         (0.0, 0.0), (-0.0, 0.0), (1e10, 1e10 + 1), (0.1 + 0.2, 0.3), (1, 1), (10**20, 10**20 + 1),
         (float("inf"), float("inf")), (float("inf"), float("-inf")), (float("nan"), float("nan")),
         (float("inf"), 1e308), (True, 1.0)]
for a, b in cases:
    print(repr(a), repr(b), math.isclose(a, b))

print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(1.0, 1.1, rel_tol=0.1))
print(math.isclose(1.0, 1.1, rel_tol=0.09), math.isclose(100, 95, rel_tol=0.05))
print(math.isclose(100, 94.9, rel_tol=0.05), math.isclose(5, 7, abs_tol=2))
print(math.isclose(5, 7, abs_tol=1.999999), math.isclose(1, 2, rel_tol=1))
print(math.isclose(float("inf"), float("inf"), abs_tol=float("inf")))
print(math.isclose(1, 1e300, abs_tol=float("inf")), math.isclose(1, float("inf"), rel_tol=float("inf")))

for kw in [{"rel_tol": -1}, {"abs_tol": -0.1}, {"rel_tol": "x"}, {"tol": 1}, {"rel_tol": None}]:
    try:
        print(math.isclose(1, 1, **kw))
    except (ValueError, TypeError) as e:
        print(kw, type(e).__name__, e)

for args in [(1,), (1, 2, 3), ("1", 1), (1, None)]:
    try:
        print(math.isclose(*args))
    except TypeError as e:
        print(args, type(e).__name__, e)
