import math

for v in [0, -0.0, 0.0, -1, -2, -100, float("-inf"), 1e10 * -1]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, repr(v), repr(f(v)))
        except (ValueError, OverflowError) as e:
            print(f.__name__, repr(v), type(e).__name__, e)

for v in [172, 171.7, 200, 1e10, 10**20]:
    try:
        print("gamma", repr(v), repr(math.gamma(v)))
    except (ValueError, OverflowError) as e:
        print("gamma", repr(v), type(e).__name__, e)

for v in [2.6e305, 1e306, 1e308]:
    try:
        print("lgamma", repr(v), repr(math.lgamma(v)))
    except (ValueError, OverflowError) as e:
        print("lgamma", repr(v), type(e).__name__, e)

for bad in ["1", None, 10**400]:
    for f in (math.gamma, math.lgamma, math.erf, math.erfc):
        try:
            f(bad)
        except (TypeError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
