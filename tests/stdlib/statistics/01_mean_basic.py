from fractions import Fraction as F
from statistics import mean


def label(x):
    if isinstance(x, (list, tuple, range, dict, set, str, int)):
        return repr(x)
    return type(x).__name__


def show(data):
    try:
        r = mean(data)
    except Exception as e:
        print(label(data), '->', type(e).__name__, e)
        return
    print(label(data), '->', type(r).__name__, repr(r))


show([1, 2, 3, 4, 4])
show([1, 2, 3])
show([1, 2])
show([-1, -2])
show([5])
show([1.5, 2.5, 3.5])
show([0.1, 0.2, 0.3])
show([0.1] * 10)
show([1, 2.5])
show([F(3, 7), F(1, 21), F(5, 3), F(1, 3)])
show([F(1, 2), 1])
show([F(1, 2), 0.25])
show([True, False, True])
show([True, 2])
show([10 ** 20, 1])
show([10 ** 20 + 1, 10 ** 20])
show([1e308, 1e308])
show([1e-320, 1e-320, 3e-320])
show(range(1, 101))
show((x * x for x in range(10)))
show({1: 'a', 2: 'b', 4: 'c'})
show([-0.0, -0.0])
show([0.0, -0.0])
