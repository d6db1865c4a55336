import math
cases = [
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.log(-5),
    lambda: math.factorial(-1),
    lambda: math.factorial(2.5),
    lambda: math.exp(1000),
    lambda: math.sqrt("4"),
    lambda: math.floor(None),
    lambda: math.pow(0, -1),
    lambda: math.acos(2),
]
for c in cases:
    try:
        print(c())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
