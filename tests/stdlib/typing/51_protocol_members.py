# Protocol members of every kind, and how protocols set up __init__
import typing
from typing import Protocol, runtime_checkable, ClassVar


@runtime_checkable
class Rich(Protocol):
    attr: int
    counter: ClassVar[int]
    with_default: str = "d"

    def method(self): ...

    @property
    def prop(self): ...

    @classmethod
    def cmethod(cls): ...

    @staticmethod
    def smethod(): ...

    def _private(self): ...

    def __len__(self): ...


print(sorted(typing._get_protocol_attrs(Rich)))
print(typing._is_callable_members_only(Rich))


class Impl:
    attr = 1
    counter = 2
    with_default = "x"
    prop = 3

    def method(self): ...

    @classmethod
    def cmethod(cls): ...

    @staticmethod
    def smethod(): ...

    def _private(self): ...

    def __len__(self):
        return 0


print(isinstance(Impl(), Rich))
try:
    print(issubclass(Impl, Rich))
except TypeError as e:
    print(type(e).__name__, e)
del Impl._private
print(isinstance(Impl(), Rich))
try:
    print(issubclass(Impl, Rich))
except TypeError as e:
    print(type(e).__name__, e)


class Base(Protocol):
    def __init__(self, value):
        self.value = value


class Concrete(Base):
    pass


class ConcreteInit(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra


c = Concrete(5)
print(c.value, Concrete.__init__ is Base.__init__)
ci = ConcreteInit(1, 2)
print(ci.value, ci.extra)


class NoInit(Protocol):
    def m(self): ...


class UsesNoInit(NoInit):
    pass


u = UsesNoInit()
print(type(u).__name__, UsesNoInit.__init__ is object.__init__)
try:
    UsesNoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(Base(1).value)
except TypeError as e:
    print(type(e).__name__, e)
