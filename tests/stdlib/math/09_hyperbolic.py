import math

for v in [0, -0.0, 0.5, -1, 1, 2, 20, 1e-10, 710, -710, float("inf"), float("-inf"), float("nan")]:
    row = []
    for f in (math.sinh, math.cosh, math.tanh):
        try:
            row.append(repr(f(v)))
        except OverflowError as e:
            row.append(f"{type(e).__name__}: {e}")
    print(repr(v), row)

for v in [0, -0.0, 1, -1, 0.5, 1e300, 1e-300, float("inf"), float("-inf"), float("nan")]:
    print("asinh", repr(v), repr(math.asinh(v)))

for v in [1, 1.5, 2, 10, 1e300, float("inf")]:
    print("acosh", repr(v), repr(math.acosh(v)))
for v in [0.99, 0, -1, float("-inf")]:
    try:
        math.acosh(v)
    except ValueError as e:
        print("acosh", repr(v), type(e).__name__, e)

for v in [0, -0.0, 0.5, -0.5, 0.99999, 1e-20]:
    print("atanh", repr(v), repr(math.atanh(v)))
for v in [1, -1, 1.5, float("inf")]:
    try:
        math.atanh(v)
    except ValueError as e:
        print("atanh", repr(v), type(e).__name__, e)

# round trips
for v in [0.3, 2.0, -4.5]:
    print(repr(math.asinh(math.sinh(v))), repr(math.tanh(math.atanh(v / 10))))
