import bisect

attempts = [
    lambda: bisect.bisect_left(),
    lambda: bisect.bisect_left([1]),
    lambda: bisect.bisect_right([1], 1, 0, 1, 0),
    lambda: bisect.bisect_left([1], 1, foo=1),
    lambda: bisect.insort([1]),
    lambda: bisect.insort_left([1], 1, 0, 1, 2),
    lambda: bisect.insort_right([1], 1, bar=2),
    lambda: bisect.bisect_left([1], 1, lo=None),
    lambda: bisect.bisect_left([1], 1, lo=1.0),
    lambda: bisect.bisect_right([1], 1, 0, "2"),
    lambda: bisect.bisect_left([1], 1, 0, hi=1.5),
    lambda: bisect.bisect_left([1], 1, 0, 1, key=1),
    lambda: bisect.insort([1], 1, key="len"),
    lambda: bisect.bisect_left([1], x=1, a=[2], lo=0, hi=1, key=None, extra=1),
    lambda: bisect.bisect_left([1], 1, 2 ** 80),
    lambda: bisect.bisect_left([1], 1, 0, -(2 ** 80)),
    lambda: bisect.bisect([1], 1, 0, 1, None, 9),
]
for i, f in enumerate(attempts):
    try:
        print(i, "ok", f())
    except Exception as e:
        print(i, type(e).__name__, e)
