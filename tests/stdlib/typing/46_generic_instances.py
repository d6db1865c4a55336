# Instances of generic classes: MyList[int](), __orig_class__, generic subclasses of builtins
from typing import Generic, TypeVar, List, Dict, Iterator

T = TypeVar('T')
K = TypeVar('K')


class MyList(List[T]):
    def first(self):
        return self[0]


ml = MyList[int]([3, 4])
print(ml, ml.first(), type(ml).__name__, ml.__orig_class__, isinstance(ml, list))
print(MyList.__parameters__, MyList.__orig_bases__, MyList.__mro__)


class Registry(Dict[K, List[T]]):
    pass


r = Registry[str, int]()
r['a'] = [1]
print(r, r.__orig_class__, Registry.__parameters__)


class Slotted(Generic[T]):
    __slots__ = ('v',)

    def __init__(self, v):
        self.v = v


s = Slotted[int](1)
print(s.v, hasattr(s, '__orig_class__'))


class Counter(Generic[T]):
    def __init__(self, items: List[T]):
        self.items = items

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


c = Counter[str](["a", "b"])
print(list(c), c.__orig_class__, c.__orig_class__.__args__)


class Deeper(Counter[T]):
    pass


print(Deeper[bytes]([b"x"]).__orig_class__, list(Deeper([1])))
print(isinstance(c, Counter), type(Deeper[int]).__name__)
