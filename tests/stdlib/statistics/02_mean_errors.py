from fractions import Fraction as F
from statistics import StatisticsError, mean


def show(data):
    try:
        r = mean(data)
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
        return
    print(type(r).__name__, repr(r))


show([])
show(iter([]))
show(['a'])
show(['a', 'b'])
show([1, 'a'])
show([1j, 2j])
show([None])
show([[1], [2]])
show([1, 2, 3j])
show(5)
show(None)
show('123')
try:
    mean()
except TypeError as e:
    print('TypeError', e)
try:
    mean([])
except StatisticsError as e:
    print('caught StatisticsError:', e, type(e).__mro__[1].__name__)
