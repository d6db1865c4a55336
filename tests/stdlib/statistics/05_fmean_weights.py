from fractions import Fraction as F
from statistics import fmean


def show(*args, **kwargs):
    try:
        r = fmean(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(type(r).__name__, repr(r))


show([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])
show([1, 2, 3], [1, 1, 1])
show([1, 2, 3], weights=[3, 0, 0])
show([1, 2, 3], weights=iter([1, 2, 3]))
show(iter([1, 2, 3]), weights=[1, 2, 3])
show(iter([1, 2, 3]), weights=[1, 2])
show([1, 2, 3], weights=[1, 2])
show([1, 2], weights=[1, 2, 3])
show(iter([1, 2]), weights=iter([1, 2, 3]))
show([1, 2, 3], weights=[0, 0, 0])
show([1, 2, 3], weights=[1, -1, 0])
show([1, 2, 3], weights=[1, -2, 0])
show([F(1, 2), F(1, 3)], weights=[F(1, 3), F(2, 3)])
show([], weights=[])
show([1, 2], weights=['a', 'b'])
show([1, 2], weights=None)
show([1, 2], weights=5)
