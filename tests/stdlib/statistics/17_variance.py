from fractions import Fraction as F
from statistics import variance


def show(*args):
    try:
        r = variance(*args)
    except Exception as e:
        print(args, '->', type(e).__name__, e)
        return
    print(args, '->', type(r).__name__, repr(r))


show([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5])
show([1, 2, 3, 4])
show([1, 2, 3, 4, 5])
show([1, 3])
show([0, 0, 0])
show([F(1, 6), F(1, 2), F(5, 3)])
show([F(1, 2), 1])
show([F(1, 2), 0.5, 1])
show([True, False, True])
show([1e9 + 1, 1e9 + 2, 1e9 + 3])
show([1e100, 1, -1e100])
show([0.1, 0.2, 0.3, 0.4])
show(range(10))
show([10 ** 30, 10 ** 30 + 2])
show([1.0, 1.0 + 2 ** -52])
