import dataclasses
from dataclasses import dataclass, field, KW_ONLY, InitVar


@dataclass
class Documented:
    """My own docs."""
    x: int


print(Documented.__doc__)


@dataclass
class A:
    a: int
    b: 'str'
    c: list = field(default_factory=list)
    d: dict[str, int] = None
    e: object = object
    f: Documented = None
    g: InitVar[int] = 1
    h: int | None = None
    i: tuple = (1, 'two')


print(A.__doc__)


@dataclass(init=False)
class NoInit:
    x: int


print(NoInit.__doc__)


@dataclass
class OwnInit:
    x: int = 0

    def __init__(self, q, /, r: int = 3, *, s, t: 'T' = None) -> None:
        pass


print(OwnInit.__doc__)


@dataclass
class OwnInitReturn:
    def __init__(self) -> int:
        pass


print(OwnInitReturn.__doc__)


@dataclass
class OwnInitSimple:
    x: int = 0

    def __init__(self, a, b=2):
        pass


print(OwnInitSimple.__doc__)


class WithNew:
    def __new__(cls, a, b):
        return object.__new__(cls)


@dataclass(init=False)
class FromNew(WithNew):
    x: int


print(FromNew.__doc__)


class Meta(type):
    def __call__(cls, a, b=1):
        return super().__call__(a)


@dataclass
class WithMeta(metaclass=Meta):
    x: int


print(WithMeta.__doc__)


@dataclass
class EmptyDoc:
    ''
    x: int


print(repr(EmptyDoc.__doc__))


@dataclass
class Sub(Documented):
    y: int = 0


print(Sub.__doc__)


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int
    c: str = 'c'


print(KW.__doc__)


@dataclass
class Defaults:
    a: float = 0.1
    b: str = 'q\n'
    c: bytes = b'x'
    d: frozenset = frozenset()
    e: type = int
    f: object = None


print(Defaults.__doc__)


class Local:
    @dataclass
    class Nested:
        v: 'Local.Nested' = None
    @dataclass
    class User:
        v: 'Local' = None
        w: 'Nested' = None


print(Local.Nested.__doc__)
print(Local.User.__doc__)
print(dataclasses.make_dataclass('Made', ['a', ('b', float, 2.0)]).__doc__)
