import math

for v in [3.5, -3.5, 0.0, -0.0, 2, 1e20, 1e-20, 0.1, float("inf"), float("-inf"), float("nan"), 10**20]:
    print("modf", repr(v), repr(math.modf(v)))

for v in [0, 1, 8, 0.5, 0.1, -3.75, 1e308, 5e-324, -0.0, float("inf"), float("nan"), 10**20, True]:
    m, e = math.frexp(v)
    print("frexp", repr(v), repr(m), e, type(e).__name__)

for m, e in [(0.5, 1), (1, 10), (1, -1074), (1, -1075), (1, 1023), (0.75, 4), (-2, 3), (0.0, 100),
             (-0.0, 5), (float("inf"), -10), (float("nan"), 0), (3, 0), (1, -10**30), (True, 2)]:
    print("ldexp", repr(m), e, repr(math.ldexp(m, e)))

for m, e in [(1, 1024), (1.5, 10**30), (-1, 1024)]:
    try:
        math.ldexp(m, e)
    except OverflowError as ex:
        print("ldexp", repr(m), e, type(ex).__name__, ex)

for args in [(1, 2.0), (1, "2"), ("1", 2), (1,)]:
    try:
        math.ldexp(*args)
    except TypeError as ex:
        print("ldexp", args, type(ex).__name__, ex)

# roundtrip
for v in [123.456, -0.001, 2**60 + 0.0]:
    print(math.ldexp(*math.frexp(v)) == v)
try:
    math.frexp("1")
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    math.frexp(10**400)
except OverflowError as ex:
    print(type(ex).__name__, ex)
