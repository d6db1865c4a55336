import math

values = [0, 7, -7, 2.5, -2.5, 0.0, -0.0, 1e300, -1e-300, 3.999999999999999, 10**30, True,
          4503599627370496.5, 2**53 + 1.0]
for v in values:
    r = (math.floor(v), math.ceil(v), math.trunc(v))
    print(repr(v), [(type(x).__name__, x) for x in r])

for v in [float("inf"), float("-inf"), float("nan")]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            print(f.__name__, f(v))
        except (OverflowError, ValueError) as e:
            print(f.__name__, repr(v), type(e).__name__, e)

class Custom:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return ["ceiled"]
    def __trunc__(self):
        return 42

c = Custom()
print(math.floor(c), math.ceil(c), math.trunc(c))

class OnlyFloat:
    def __float__(self):
        return 2.7

print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()))
try:
    math.trunc(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)

class IntLike:
    def __index__(self):
        return 9

for f in (math.floor, math.ceil):
    try:
        print(f.__name__, f(IntLike()))
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)

for bad in ["3", None, [1], 1j]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, repr(bad), type(e).__name__, e)
