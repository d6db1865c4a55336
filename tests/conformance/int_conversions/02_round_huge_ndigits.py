# round() with ndigits far outside any machine integer.
cases = [
    (2.5, 2**64), (2.5, -2**64), (25, 2**64), (-7, 2**70),
    (1.5, 2**63 - 1), (123.456, -2**63), (2.5, 2**70),
    (2**70, -5), (123456, -3), (0.125, 2),
]
for x, n in cases:
    print(repr(x), n, '->', repr(round(x, n)))
for x in (float('inf'), float('nan')):
    try:
        print(round(x))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(x, 2))
