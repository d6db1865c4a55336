from fractions import Fraction as F
from statistics import covariance


def show(*args):
    try:
        r = covariance(*args)
    except Exception as e:
        print(args, '->', type(e).__name__, e)
        return
    print(args, '->', type(r).__name__, repr(r))


x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
show(x, y)
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
show(x, z)
show(z, x)
show([1, 2], [3, 4])
show([1.5, 2.5, 0.5], [0.1, 0.2, 0.3])
show([F(1, 2), F(1, 3)], [1, 2])
show([1, 1, 1], [1, 2, 3])
show([1], [2])
show([], [])
show([1, 2], [1, 2, 3])
show([1, 2], 'ab')
try:
    covariance(iter([1, 2]), [1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    covariance(x=[1, 2], y=[3, 4])
except TypeError as e:
    print('TypeError', e)
