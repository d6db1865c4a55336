from fractions import Fraction as F
from statistics import pstdev, stdev


def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(f.__name__, args, '->', type(e).__name__, e)
        return
    print(f.__name__, args, '->', type(r).__name__, repr(r))


for data in [[1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [1, 2, 3, 4], [2, 4, 4, 4, 5, 5, 7, 9],
             [F(1, 2), F(3, 4), F(5, 4)], [0, 0], [1, 2], [0.1, 0.2], [1e-200, 3e-200],
             [1e200, 3e200], [1.0, 1.0 + 2 ** -52, 1.0 + 2 ** -51], [10 ** 40, 10 ** 40 + 1],
             [True, False], [7]]:
    show(stdev, data)
    show(pstdev, data)
show(stdev, [1, 2, 3], 2)
show(pstdev, [1, 2, 3], 2)
show(stdev, [1, 2, 3], 2.5)
show(pstdev, [1, 2, 3], F(1, 2))
show(stdev, [])
show(pstdev, [])
