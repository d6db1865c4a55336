# Protocols with data members: isinstance sees instance attributes, issubclass refuses
from typing import Protocol, runtime_checkable


@runtime_checkable
class HasX(Protocol):
    x: int


@runtime_checkable
class HasXAndMethod(Protocol):
    x: int

    def meth(self):
        ...


@runtime_checkable
class WithDefault(Protocol):
    y = 5


class ClassAttr:
    x = 1


class InstAttr:
    def __init__(self):
        self.x = 2


class Prop:
    @property
    def x(self):
        return 3


class BrokenProp:
    @property
    def x(self):
        raise AttributeError("no x")


class Full:
    x = 1

    def meth(self):
        pass


class NoneMeth:
    x = 1
    meth = None


class Empty:
    pass


for obj in (ClassAttr(), InstAttr(), Prop(), BrokenProp(), Full(), NoneMeth(), Empty()):
    print(type(obj).__name__, isinstance(obj, HasX), isinstance(obj, HasXAndMethod),
          isinstance(obj, WithDefault))

for proto in (HasX, HasXAndMethod, WithDefault):
    for cls in (ClassAttr, Full, Empty):
        try:
            print(proto.__name__, cls.__name__, issubclass(cls, proto))
        except TypeError as e:
            print(proto.__name__, cls.__name__, type(e).__name__, e)

obj = Empty()
obj.x = 10
print(isinstance(obj, HasX))
del obj.x
print(isinstance(obj, HasX))
print(HasX.__annotations__, sorted(HasXAndMethod.__dict__.get('__annotations__', {})))
