# runtime_checkable protocols with method members: isinstance and issubclass
from typing import Protocol, runtime_checkable


@runtime_checkable
class SupportsClose(Protocol):
    def close(self):
        ...


@runtime_checkable
class SupportsReadClose(SupportsClose, Protocol):
    def read(self):
        ...


class File:
    def close(self):
        pass

    def read(self):
        return ""


class OnlyClose:
    def close(self):
        pass


class Blocked(File):
    close = None


class Nothing:
    pass


class Explicit(SupportsClose):
    pass


class LateBound:
    def __init__(self):
        self.close = lambda: None


for obj in (File(), OnlyClose(), Blocked(), Nothing(), Explicit(), LateBound(), 3, "s", None):
    print(type(obj).__name__, isinstance(obj, SupportsClose), isinstance(obj, SupportsReadClose))

for cls in (File, OnlyClose, Blocked, Nothing, Explicit, LateBound, int):
    print(cls.__name__, issubclass(cls, SupportsClose), issubclass(cls, SupportsReadClose))

print(SupportsClose._is_runtime_protocol, SupportsReadClose._is_runtime_protocol)
print(issubclass(SupportsReadClose, SupportsClose))
try:
    issubclass(3, SupportsClose)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(File(), SupportsClose)
except TypeError as e:
    print(type(e).__name__, e)
# a class registered with the protocol (it is an ABC)
SupportsReadClose.register(Nothing)
print(isinstance(Nothing(), SupportsReadClose), issubclass(Nothing, SupportsReadClose))
print(runtime_checkable(SupportsClose) is SupportsClose)
