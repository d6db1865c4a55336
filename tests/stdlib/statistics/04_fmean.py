from fractions import Fraction as F
from statistics import fmean, StatisticsError


def show(*args, **kwargs):
    try:
        r = fmean(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(type(r).__name__, repr(r))


show([3.5, 4.0, 5.25])
show([1, 2, 3, 4])
show([F(1, 3), F(2, 3)])
show([True, True, False])
show(iter([1, 2, 3]))
show(x / 10 for x in range(11))
show(range(1, 1001))
show([1e308, 1e308, -1e308])
show([0.1] * 10)
show([1e100, 1, -1e100])
show({7: 0, 8: 1})
show([])
show(iter([]))
show(['a'])
show([1, None])
show(5)
show([float('inf'), float('-inf')])
show([float('nan'), 1])
