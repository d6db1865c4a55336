from enum import Enum, Flag


class Good(Enum):
    _order_ = 'A B C'
    A = 1
    B = 2
    C = 3


print(list(Good), hasattr(Good, '_order_'))


class Alias(Enum):
    _order_ = 'A, B'
    A = 1
    B = 2
    AA = 1


print(list(Alias))

try:
    class Bad(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Missing(Enum):
        _order_ = ['A']
        A = 1
        B = 2
except TypeError as e:
    print(type(e).__name__, e)


class Old(Enum):
    __order__ = 'X Y'
    X = 1
    Y = 2


print(list(Old), hasattr(Old, '__order__'))


class Bits(Flag):
    _order_ = 'R W RW'
    R = 1
    W = 2
    RW = 3


print(list(Bits))

try:
    class BadBits(Flag):
        _order_ = 'W R'
        R = 1
        W = 2
except TypeError as e:
    print(type(e).__name__, e)
