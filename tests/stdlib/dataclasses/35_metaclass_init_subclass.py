from dataclasses import dataclass, fields, field


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        Registry.classes.append(name)
        return cls


@dataclass
class Registered(metaclass=Registry):
    a: int = 0


print(Registry.classes, Registered(), type(Registered).__name__)


@dataclass(slots=True)
class RegisteredSlots(metaclass=Registry):
    b: int = 1


print(Registry.classes, RegisteredSlots(), type(RegisteredSlots).__name__)


class AutoData:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        dataclass(cls)


class Auto(AutoData):
    x: int
    y: str = 'y'


print(Auto(1), [f.name for f in fields(Auto)])


class AutoChild(Auto):
    z: float = 0.0


print(AutoChild(1, 'q', 2.5))


def add_describe(cls):
    cls.describe = lambda self: ', '.join(f.name for f in fields(self))
    return cls


@add_describe
@dataclass(frozen=True)
class Stacked:
    p: int
    q: int = field(default=2)


print(Stacked(1).describe(), Stacked(1))


@dataclass
@add_describe
class Stacked2:
    p: int


print(Stacked2(1).describe())
decorate = dataclass(order=True)
Ordered = decorate(type('Ordered', (), {'__annotations__': {'v': int}}))
print(Ordered(1) < Ordered(2), Ordered.__module__, Ordered(1))
