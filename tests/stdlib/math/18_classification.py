import math

values = [0, 1, -1, 0.0, -0.0, 1e308, 5e-324, float("inf"), float("-inf"), float("nan"),
          -float("nan"), 10**300, True, 1e308 * 10, float("1e400")]
for v in values:
    print(repr(v), math.isfinite(v), math.isinf(v), math.isnan(v))

print(math.inf == float("inf"), math.inf > 10**1000, -math.inf < -(10**1000))
print(math.nan == math.nan, math.nan != math.nan, math.nan is math.nan)
x = float("nan")
print(x == x, [x] == [x], x in [x])
print(math.isnan(math.inf - math.inf), math.isnan(math.inf * 0), math.isinf(math.inf * -1))

for f in (math.isfinite, math.isinf, math.isnan):
    for bad in ["nan", None, 10**400, 1j]:
        try:
            print(f.__name__, repr(bad)[:10], f(bad))
        except (TypeError, OverflowError) as e:
            print(f.__name__, repr(bad)[:10], type(e).__name__, e)

class F:
    def __float__(self):
        return float("inf")

print(math.isinf(F()), math.isfinite(F()), math.isnan(F()))
