import math

for v in [0, 1, 2, 4, 0.25, 1e-320, 1e308, -0.0, float("inf"), 10**20, 2**1023 * 3, True]:
    try:
        print("sqrt", repr(v), repr(math.sqrt(v)))
    except Exception as e:
        print("sqrt", repr(v), type(e).__name__, e)

for v in [-1, -1e-300, float("-inf"), float("nan"), 10**400, "4"]:
    try:
        print("sqrt", repr(v), repr(math.sqrt(v)))
    except Exception as e:
        print("sqrt", repr(v), type(e).__name__, e)

for v in [0, 1, 3, 4, 15, 16, 17, 10**20, 10**20 - 1, 2**200, 2**201 - 1, True]:
    print("isqrt", v, math.isqrt(v))

n = 12345678901234567890123456789 ** 3
r = math.isqrt(n)
print(r, r * r <= n < (r + 1) ** 2)

for v in [-1, -(10**30), 4.0, "9", None, 2.5]:
    try:
        print("isqrt", repr(v), math.isqrt(v))
    except Exception as e:
        print("isqrt", repr(v), type(e).__name__, e)

class Idx:
    def __index__(self):
        return 99

print(math.isqrt(Idx()))

class Flt:
    def __float__(self):
        return 6.25

print(math.sqrt(Flt()))
