from fractions import Fraction as F
from statistics import median


def label(x):
    if isinstance(x, (list, tuple, range, dict, set, str, int)):
        return repr(x)
    return type(x).__name__


def show(data):
    try:
        r = median(data)
    except Exception as e:
        print(label(data), '->', type(e).__name__, e)
        return
    print(label(data), '->', type(r).__name__, repr(r))


show([1, 3, 5])
show([1, 3, 5, 7])
show([5, 1, 3, 7])
show([2, 2])
show([1, 2])
show([1.5, 2.5])
show([F(1, 2), F(1, 3)])
show([F(1, 2), F(1, 2)])
show([1, 2.0])
show([True, False])
show([7])
show(['b', 'a', 'c'])
show(['b', 'a'])
show([])
show(iter([4, 2, 9, 1]))
show(range(100))
show({3, 1, 2})
show([1, 'a'])
show([1j, 2j])
show([10 ** 20, 10 ** 20 + 1])
