# User generic classes: class C(Generic[T]), C[int], __parameters__, __orig_bases__
from typing import Generic, TypeVar, List, Dict, get_origin, get_args

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item

    def get(self):
        return self.item


print(Box, Box.__parameters__, Box.__orig_bases__, Box.__bases__, Box.__mro__)
print(Box[int], Box[int].__origin__, Box[int].__args__, Box[int].__parameters__)
print(Box[List[K]], Box[List[K]].__parameters__, Box[List[K]][str])
b = Box[int](3)
print(type(b).__name__, b.get(), b.__orig_class__)
b2 = Box("x")
print(hasattr(b2, '__orig_class__'))
print(get_origin(Box[int]) is Box, get_args(Box[int]))
print(Box[int] == Box[int], Box[int] == Box[str], Box[int] is Box[int])


class Pair(Generic[K, V]):
    pass


print(Pair.__parameters__, Pair[str, int], Pair[str, T][int])


class IntBox(Box[int]):
    pass


print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__bases__, IntBox.__mro__)


class ListBox(Box[List[T]]):
    pass


print(ListBox.__parameters__, ListBox[str], ListBox[str].__args__)


class Mixed(Dict[K, V], Generic[V, K]):
    pass


print(Mixed.__parameters__, Mixed.__orig_bases__, Mixed.__mro__)
print(Mixed[int, str])
m = Mixed()
m['a'] = 1
print(m, isinstance(m, dict))


class Plain(Box):
    pass


print(Plain.__parameters__, '__orig_bases__' in Plain.__dict__)
print(Generic.__parameters__ if hasattr(Generic, '__parameters__') else 'no params')
print(isinstance(b, Box), issubclass(IntBox, Box), issubclass(Box, Generic))
