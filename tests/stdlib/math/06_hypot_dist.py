import math

print(repr(math.hypot()), repr(math.hypot(3)), repr(math.hypot(-3)))
print(repr(math.hypot(3, 4)), repr(math.hypot(1, 1)), repr(math.hypot(1, 2, 2)))
print(repr(math.hypot(1e308, 1e308)), repr(math.hypot(1e-320, 1e-320)))
print(repr(math.hypot(*range(10))), repr(math.hypot(0.1, 0.2, 0.3)))
print(repr(math.hypot(float("inf"), float("nan"))), repr(math.hypot(float("nan"), 1)))
print(repr(math.hypot(-0.0, 0.0)), repr(math.hypot(5, 12, True)))
print(repr(math.hypot(1e308, 1e308, 1e308, 1e308)), repr(math.hypot(1.7e308, 1.7e308)))
for bad in [("3",), (None, 1), ([1, 2],)]:
    try:
        math.hypot(*bad)
    except TypeError as e:
        print(type(e).__name__, e)

print(repr(math.dist((0, 0), (3, 4))), repr(math.dist([1], [4])), repr(math.dist((), ())))
print(repr(math.dist((1, 2, 3), (4, 6, 8))), repr(math.dist((0.1, 0.2), (0.3, 0.4))))
print(repr(math.dist([1, 1], (2, 2))))
print(repr(math.dist((float("inf"), 0), (0, 0))), repr(math.dist((1e308, 0), (-1e308, 0))))
for a, b in [((1, 2), (1,)), ([1, 2], "ab"), (1, 2), ([1, 2], iter([3, 4])), ((1, 2), ("x", 3))]:
    try:
        print(repr(math.dist(a, b)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    math.dist((1, 2))
except TypeError as e:
    print(type(e).__name__, e)
