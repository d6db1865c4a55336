from dataclasses import dataclass, field, replace, asdict


@dataclass
class Tricky:
    self: int
    other: int = 0
    name: str = 'n'
    value: int = 1
    object: int = 2
    type: int = 3
    hash: int = 4
    id: int = 5
    cls: int = 6
    MISSING: int = 7
    _HAS_DEFAULT_FACTORY: int = 8


t = Tricky(1)
print(t)
print(t == Tricky(1), t != Tricky(2))
print(Tricky.__init__.__code__.co_varnames[0] != 'self')
print(replace(t, self=9, other=10))
print(asdict(Tricky(self=0)))


@dataclass(frozen=True, order=True)
class FrozenTricky:
    name: str
    value: int = 0
    self: int = 1
    other: int = 2
    cls: str = 'c'
    FrozenInstanceError: int = 3
    super: int = 4


f = FrozenTricky('a')
print(f, hash(f) == hash(('a', 0, 1, 2, 'c', 3, 4)), f < FrozenTricky('b'))
try:
    f.name = 'b'
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass
class Factories:
    list: list = field(default_factory=list)
    dict: dict = field(default_factory=dict)
    set: set = field(default_factory=set)


print(Factories(), Factories([1], {2: 3}, {4}))


@dataclass(unsafe_hash=True)
class Builtinish:
    len: int = 0
    print: int = 1
    tuple: int = 2


print(hash(Builtinish()) == hash((0, 1, 2)), Builtinish())

type_alias = int


@dataclass
class Mangled:
    __private: int = 1
    _Mangled__other: int = 2


print(Mangled(), Mangled.__dataclass_fields__.keys())
