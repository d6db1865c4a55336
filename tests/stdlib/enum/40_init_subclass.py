from enum import Enum, IntEnum

registry = []


class Tracked(Enum):

    def __init_subclass__(cls, tag=None, **kwds):
        super().__init_subclass__(**kwds)
        print('init_subclass', cls.__name__, tag, list(cls.__members__))
        registry.append(cls.__name__)


class A(Tracked):
    X = 1
    Y = 2


class B(Tracked, tag='bee'):
    Z = 3


print(registry)
print(list(A), list(B))


class Base(IntEnum):
    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)
        cls.doubled = {m.name: m * 2 for m in cls}


class Nums(Base):
    ONE = 1
    TWO = 2


print(Nums.doubled)
