# Non-runtime protocols met by abc and functools (which check every class of an mro):
# those checks answer False instead of raising
import abc
import functools
from typing import Protocol, runtime_checkable


class Shape(Protocol):
    def area(self) -> float:
        ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Circle:
    def area(self):
        return 3


@functools.singledispatch
def describe(obj):
    return "object"


@describe.register
def _(obj: Shape):
    return "shape with area %s" % obj.area()


@describe.register
def _(obj: int):
    return "int"


print(describe(Square(3)), describe(Circle()), describe(5), describe("s"))
print(describe.dispatch(Square).__name__, describe.dispatch(Circle) is describe.registry[object])


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...


class Impl(Base, Shape):
    def run(self):
        return "ran"

    def area(self):
        return 1.0


print(Impl().run(), isinstance(Impl(), Base), issubclass(Impl, Base))
print(Impl.__mro__)
for f in (lambda: isinstance(Circle(), Shape), lambda: issubclass(Circle, Shape),
          lambda: isinstance(Square(1), Shape), lambda: issubclass(Square, Shape)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)


@runtime_checkable
class RShape(Protocol):
    def area(self) -> float:
        ...


@functools.singledispatch
def kind(obj):
    return "plain"


kind.register(RShape, lambda obj: "has area")
print(kind(Circle()), kind(Square(2)), kind(1))
