from fractions import Fraction as F
from statistics import harmonic_mean


def label(x):
    if isinstance(x, (list, tuple, range, dict, set, str, int)):
        return repr(x)
    return type(x).__name__


def show(*args, **kwargs):
    try:
        r = harmonic_mean(*args, **kwargs)
    except Exception as e:
        print([label(a) for a in args], '->', type(e).__name__, e)
        return
    print([label(a) for a in args], '->', type(r).__name__, repr(r))


show([40, 60])
show([2.5, 3, 10])
show([1, 2, 4])
show([F(1, 2), F(1, 3)])
show([F(1, 2), 0.25])
show([7])
show([7.5])
show([F(3, 4)])
show([True])
show([0])
show([0, 5])
show([5, 0, 2.5])
show([-1])
show([1, -1])
show([])
show(iter([3, 6]))
show(['a'])
show(['a', 'b'])
show([1j])
show([None])
show([float('inf'), 2])
show([float('nan'), 2])
show([1, True])
