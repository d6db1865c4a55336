from fractions import Fraction as F
from statistics import mean, pvariance, variance, pstdev, stdev


def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(f.__name__, args, '->', type(e).__name__, e)
        return
    print(f.__name__, args, '->', type(r).__name__, repr(r))


data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
m = mean(data)
show(variance, data, m)
show(variance, data, 0)
show(pvariance, data, m)
show(pvariance, data, 2)
show(variance, [1, 2, 3], 2)
show(variance, [1, 2, 3], 2.0)
show(variance, [1, 2, 3], F(2))
show(pvariance, [1, 2, 3], 0)
show(pvariance, [1, 2, 3], 1)
show(pvariance, [F(1, 2), F(1, 3)], F(1, 2))
show(variance, [1, 2, 3], 'x')
show(variance, [1, 2, 3], [1])
show(variance, [1], 1)
show(pvariance, [], 1)
show(stdev, [1, 2, 3, 4], 2.5)
show(pstdev, [1, 2, 3, 4], 0)
show(variance, [1, 2, 3], None)
show(variance, [1, 2, 3], float('inf'))
