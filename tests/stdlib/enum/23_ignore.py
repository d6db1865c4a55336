from enum import Enum, IntEnum


class Period(Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['obj_%d' % i] = i


print(list(Period))
print(hasattr(Period, 'i'), hasattr(Period, '_ignore_'), 'Period' in Period.__members__)


class ListIgnore(IntEnum):
    _ignore_ = ['tmp', 'other']
    tmp = 5
    A = 1
    other = 'x'


print(list(ListIgnore), hasattr(ListIgnore, 'tmp'), hasattr(ListIgnore, 'other'))

try:
    class Late(Enum):
        A = 1
        _ignore_ = 'A'
except ValueError as e:
    print(type(e).__name__, e)


class Commas(Enum):
    _ignore_ = 'x,y'
    x = 1
    y = 2
    z = 3


print(list(Commas))
