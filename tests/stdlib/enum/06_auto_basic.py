from enum import Enum, auto


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print(list(Color))


class Mixed(Enum):
    A = 10
    B = auto()
    C = 50
    D = auto()
    E = auto()


print([(m.name, m.value) for m in Mixed])


class Tup(Enum):
    A = (auto(), 'x')
    B = (auto(), 'y')


print([(m.name, m.value) for m in Tup])

a = auto()
print(repr(a), a.value)
b = auto(5)
print(repr(b))


class Explicit(Enum):
    A = auto(7)
    B = auto()


print([(m.name, m.value) for m in Explicit])


class Floats(Enum):
    A = 1.5
    B = auto()


print([(m.name, m.value) for m in Floats])


class Alias(Enum):
    A = auto()
    B = 1
    C = auto()


print([(m.name, m.value) for m in Alias], Alias.B is Alias.A)
