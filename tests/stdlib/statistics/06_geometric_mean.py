from fractions import Fraction as F
from statistics import geometric_mean


def show(data):
    try:
        r = geometric_mean(data)
    except Exception as e:
        print(data, '->', type(e).__name__, e)
        return
    print(data, '->', type(r).__name__, repr(r))


show([54, 24, 36])
show([1, 2, 4, 8])
show([2.5])
show([F(1, 2), F(2)])
show([1e-300, 1e300])
show([0.001, 1000, 10])
show(range(1, 11))
show([])
show([0, 1])
show([-1, 2])
show([1, -0.0])
show(['a'])
show([float('inf'), 1])
show([float('nan'), 1])
try:
    geometric_mean([0])
except Exception as e:
    print(e.__cause__, e.__suppress_context__)
