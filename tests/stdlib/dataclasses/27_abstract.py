import abc
from dataclasses import dataclass, field


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @abc.abstractmethod
    def __repr__(self):
        ...


@dataclass
class Square(Shape):
    side: float

    def area(self):
        return self.side ** 2


print(sorted(Square.__abstractmethods__), Square(3), Square(3).area())


@dataclass(repr=False)
class NoReprSquare(Shape):
    side: float

    def area(self):
        return 0


print(sorted(NoReprSquare.__abstractmethods__))
try:
    NoReprSquare(1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class StillAbstract(Shape):
    side: float


try:
    StillAbstract(1)
except TypeError as e:
    print(type(e).__name__, e)


class Base(abc.ABC):
    @abc.abstractmethod
    def __eq__(self, other):
        ...


@dataclass
class Concrete(Base):
    x: int


print(Concrete(1) == Concrete(1), Base.__abstractmethods__, Concrete.__abstractmethods__)


@dataclass
class WithABCField(abc.ABC):
    items: list = field(default_factory=list)


print(WithABCField(), type(WithABCField).__name__, WithABCField.__abstractmethods__)
print(Square.__doc__)
print(WithABCField.__doc__)
