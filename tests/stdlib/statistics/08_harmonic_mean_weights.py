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
        print([label(a) for a in args], {k: label(v) for k, v in kwargs.items()}, '->', type(e).__name__, e)
        return
    print([label(a) for a in args], {k: label(v) for k, v in kwargs.items()}, '->', type(r).__name__, repr(r))


show([40, 60], weights=[5, 30])
show([40, 60], [1, 1])
show([40], weights=[3])
show([40], weights=[0])
show([40, 60], weights=[0, 0])
show([40, 60], weights=[1, 0])
show([40, 60], weights=[1])
show([40, 60], weights=[1, 2, 3])
show([40, 60], weights=[1, -1])
show([40, -60], weights=[1, 1])
show([40, 0], weights=[1, 1])
show([40, 0], weights=[1, 0])
show([F(1, 2), F(1, 4)], weights=[F(1, 3), F(2, 3)])
show([2.0, 4.0], weights=[1.5, 0.5])
show([2, 4], weights=iter([1, 3]))
show(iter([2, 4]), weights=iter([1, 3]))
show([2, 4], weights=['a', 'b'])
