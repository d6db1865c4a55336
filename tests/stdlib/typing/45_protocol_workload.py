# isinstance() against runtime protocols in a loop (the pattern of pyperformance's
# typing_runtime_protocols benchmark), counting the matches
from typing import Protocol, runtime_checkable


@runtime_checkable
class HasX(Protocol):
    x: int


@runtime_checkable
class HasManyAttributes(Protocol):
    a: int
    b: int
    c: int
    d: int
    e: int


@runtime_checkable
class SupportsInt(Protocol):
    def __int__(self) -> int: ...


@runtime_checkable
class SupportsManyMethods(Protocol):
    def one(self) -> int: ...
    def two(self) -> str: ...
    def three(self) -> bytes: ...
    def four(self) -> bytearray: ...
    def five(self) -> bytearray: ...


@runtime_checkable
class SupportsIntAndX(Protocol):
    x: int
    def __int__(self) -> int: ...


class Empty:
    pass


class PropertyX:
    @property
    def x(self) -> int: return 42


class HasIntMethod:
    def __int__(self): return 42


class HasManyMethods:
    def one(self): return 42
    def two(self): return "42"
    def three(self): return b"42"
    def four(self): return bytearray(b"42")
    def five(self): return bytearray(b"42")


class PropertyXWithInt:
    @property
    def x(self) -> int: return 42
    def __int__(self): return 42


class ClassVarX:
    x = 42


class ClassVarXWithInt:
    x = 42
    def __int__(self): return 42


class InstanceVarX:
    def __init__(self):
        self.x = 42


class ManyInstanceVars:
    def __init__(self):
        for attr in 'abcde':
            setattr(self, attr, 42)


class InstanceVarXWithInt:
    def __init__(self):
        self.x = 42
    def __int__(self):
        return 42


class NominalX(HasX):
    def __init__(self):
        self.x = 42


class NominalSupportsInt(SupportsInt):
    def __int__(self):
        return 42


class NominalXWithInt(SupportsIntAndX):
    def __init__(self):
        self.x = 42


protocols = [HasX, HasManyAttributes, SupportsInt, SupportsManyMethods, SupportsIntAndX]
instances = [cls() for cls in (
    Empty, PropertyX, HasIntMethod, HasManyMethods, PropertyXWithInt, ClassVarX,
    ClassVarXWithInt, InstanceVarX, ManyInstanceVars, InstanceVarXWithInt, NominalX,
    NominalSupportsInt, NominalXWithInt)]

counts = {p.__name__: 0 for p in protocols}
for _ in range(30):
    for protocol in protocols:
        for instance in instances:
            if isinstance(instance, protocol):
                counts[protocol.__name__] += 1
print(counts)
for protocol in protocols:
    print(protocol.__name__, ''.join('1' if isinstance(i, protocol) else '.' for i in instances))
for protocol in (SupportsInt, SupportsManyMethods):
    print(protocol.__name__, [issubclass(type(i), protocol) for i in instances])
