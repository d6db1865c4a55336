import math

cases = [(2, 10), (2, 0.5), (2, -1), (0, 0), (0.0, 0.0), (-2, 3), (-2.0, 0.5), (0, -1), (-0.0, -1),
         (0.0, -2.0), (1, float("nan")), (float("nan"), 0), (-1, float("inf")), (0.5, float("inf")),
         (2, float("-inf")), (float("inf"), -1), (float("-inf"), 3), (float("-inf"), 2),
         (-8, 1 / 3), (10, 308), (10, 309), (2, 1024), (10, -400), (1e200, 2), (-1e200, 3),
         (2**100, 2), (True, 5), (-0.0, 3), (-0.0, 0.5)]
for a, b in cases:
    try:
        r = math.pow(a, b)
        print("pow", repr(a), repr(b), repr(r))
    except Exception as e:
        print("pow", repr(a), repr(b), type(e).__name__, e)

# math.pow always returns float, unlike **
print(type(math.pow(2, 3)).__name__, repr(math.pow(3, 2)), repr(3 ** 2))
print(repr((-8) ** (1 / 3)))
try:
    math.pow(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.pow("2", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.pow(2, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, 3, 5))
