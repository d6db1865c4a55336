# The generated methods run with the globals of the class's module: names the module
# rebinds (hash, type, super, id, set, object, tuple) must not confuse them, except where
# CPython itself looks them up there.
from dataclasses import dataclass, field

calls = []


def id(obj):
    calls.append('id')
    return 0


def set(*args):
    calls.append('set')
    return []


object = None
tuple = list
NotImplemented_backup = NotImplemented


@dataclass(order=True)
class A:
    x: int
    y: list = field(default_factory=list)


a = A(1)
print(a, repr(A(2, [a])), a == A(1), a < A(2), calls)


@dataclass(frozen=True)
class F:
    x: int


f = F(3)
print(f, calls)


def hash(value):
    calls.append('hash')
    return 12345


@dataclass(frozen=True)
class H:
    x: int


print(H(1).__hash__(), calls)
