from collections import Counter
from fractions import Fraction as F
from statistics import median, median_grouped


def show(*args, **kwargs):
    try:
        r = median_grouped(*args, **kwargs)
    except Exception as e:
        print(args, kwargs, '->', type(e).__name__, e)
        return
    print(args, kwargs, '->', type(r).__name__, repr(r))


demographics = Counter({25: 172, 35: 484, 45: 387, 55: 22, 65: 6})
data = list(demographics.elements())
print(median(data), median_grouped(data, interval=10), round(median_grouped(data, interval=10), 1))
show([1, 2, 2, 3, 4, 4, 4, 4, 4, 5])
show([52, 52, 53, 54])
show([1, 3, 3, 5, 7])
show([1, 3, 3, 5, 7], 2)
show([1, 3, 3, 5, 7], interval=2.5)
show([1, 3, 3, 5, 7], F(1, 2))
show([F(1, 2), F(3, 2), F(3, 2)])
show([2.5])
show([7])
show([1, 2], interval=0)
show([])
show(['1', '2', '3'])
show(['a', 'b'])
show([1, 2], interval='x')
show([1, 2], interval=None)
show([1, 2], interval='2')
show([None])
show([1, 1, 1, 1])
show([10, 20, 20, 30, 30, 30], interval=10)
