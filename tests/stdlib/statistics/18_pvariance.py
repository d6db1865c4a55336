from fractions import Fraction as F
from statistics import pvariance


def show(*args):
    try:
        r = pvariance(*args)
    except Exception as e:
        print(args, '->', type(e).__name__, e)
        return
    print(args, '->', type(r).__name__, repr(r))


show([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])
show([1, 2, 3, 4])
show([1, 2, 3])
show([5])
show([5.5])
show([F(1, 4), F(5, 4), F(1, 2)])
show([F(1, 3)])
show([1, 2.5])
show([True, True])
show([0.1, 0.2, 0.3])
show(range(1, 7))
show([1e308, -1e308])
show([])
