import math

for v in [0, 1, -1, 0.5, 709.78, -745.2, -746, 1e-10, float("inf"), float("-inf"), float("nan")]:
    try:
        print("exp", repr(v), repr(math.exp(v)))
    except Exception as e:
        print("exp", repr(v), type(e).__name__, e)
for v in [710, 1e308]:
    try:
        math.exp(v)
    except OverflowError as e:
        print("exp", repr(v), type(e).__name__, e)

for v in [0, 1e-10, 1e-5, -1e-5, 1, 700, -50, float("-inf")]:
    print("expm1", repr(v), repr(math.expm1(v)))
try:
    math.expm1(1000)
except OverflowError as e:
    print("expm1", type(e).__name__, e)
for v in [1, math.e, 10, 0.5, 1e-300, 5e-324, 1e308, float("inf"), 2]:
    print("log", repr(v), repr(math.log(v)))
for v in [0, -1, 0.0, -0.0, float("-inf")]:
    try:
        math.log(v)
    except ValueError as e:
        print("log", repr(v), type(e).__name__, e)

print(repr(math.log(8, 2)), repr(math.log(100, 10)), repr(math.log(1000, 10)))
print(repr(math.log(2, 8)), repr(math.log(0.5, 4)), repr(math.log(7, 0.5)))
for args in [(8, 1), (8, 0), (8, -2), (0, 2), (1, 1)]:
    try:
        print("log", args, repr(math.log(*args)))
    except Exception as e:
        print("log", args, type(e).__name__, e)

for v in [1, 2, 1024, 0.125, 3, 10**100, 2**1000, 1e-310]:
    print("log2", repr(v), repr(math.log2(v)), "log10", repr(math.log10(v)))
for f in (math.log2, math.log10):
    try:
        f(-2)
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
    try:
        f(0)
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)

for v in [0, 1e-20, -0.5, 1, 1e300, -0.9999999999]:
    print("log1p", repr(v), repr(math.log1p(v)))
for v in [-1, -2]:
    try:
        math.log1p(v)
    except ValueError as e:
        print("log1p", v, type(e).__name__, e)
for args in [(), (1, 2, 3)]:
    try:
        math.log(*args)
    except TypeError as e:
        print(type(e).__name__, e)
