# Misuse of protocols: checks on non-runtime protocols, bad bases, runtime_checkable misuse
from typing import Protocol, runtime_checkable, Generic, TypeVar
import collections.abc

T = TypeVar('T')


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class P(Protocol):
    def meth(self):
        ...


class Impl:
    def meth(self):
        pass


class Concrete(P):
    def meth(self):
        return 1


t(lambda: isinstance(Impl(), P))
t(lambda: issubclass(Impl, P))
t(lambda: isinstance(Concrete(), P))
t(lambda: issubclass(Concrete, P))
t(lambda: isinstance(Impl(), Concrete))
t(lambda: issubclass(Impl, Concrete))
t(lambda: runtime_checkable(Impl))
t(lambda: runtime_checkable(Concrete))
t(lambda: runtime_checkable(int))
t(lambda: runtime_checkable(3))
t(lambda: P())
t(lambda: type(Protocol()).__name__)
t(lambda: Protocol[int])
t(lambda: Protocol[()])
t(lambda: Protocol[T][int])

try:
    class Bad(Impl, Protocol):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(Concrete, Protocol):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Good(collections.abc.Iterable, collections.abc.Sized, Protocol):
        pass
    print(Good._is_protocol, sorted(n for n in Good.__abstractmethods__))
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad3(collections.abc.Sequence, Protocol):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad4(dict, Protocol):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print("done")
