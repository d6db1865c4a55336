import weakref
from dataclasses import dataclass, field, fields


@dataclass(slots=True)
class S:
    a: int
    b: str = 'b'
    c: list = field(default_factory=list)
    d: int = field(default=4, init=False)


s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'), '__dict__' in S.__dict__, '__weakref__' in S.__dict__)
print(type(S.__dict__['a']).__name__, S.__qualname__, S.__name__)
try:
    s.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref(s)
except TypeError as e:
    print(type(e).__name__, e)
s.a = 5
print(s, S(2, 'x', [1]) == S(2, 'x', [1]))
print([f.name for f in fields(S)])


@dataclass(slots=True, weakref_slot=True)
class W:
    a: int


w = W(1)
r = weakref.ref(w)
print(r() is w, W.__slots__)
del w
print(r())

try:
    @dataclass(weakref_slot=True)
    class NoSlots:
        a: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Base:
    x: int


@dataclass(slots=True)
class Child(Base):
    y: int


print(Child(1, 2), Child.__slots__, Base.__slots__)


class Plain:
    __slots__ = ('y', '__weakref__')


@dataclass(slots=True, weakref_slot=True)
class FromPlain(Plain):
    x: int
    y: int = 0


print(FromPlain.__slots__, FromPlain(1, 2))


class StrSlots:
    __slots__ = 'x'


@dataclass(slots=True)
class FromStr(StrSlots):
    x: int
    z: int = 1


print(FromStr.__slots__, FromStr(3))


@dataclass(slots=True)
class Nested:
    @dataclass(slots=True)
    class Inner:
        v: int = 0


print(Nested.Inner.__qualname__, Nested.Inner(), repr(Nested()))


@dataclass(slots=True, frozen=True)
class FS:
    a: int
    b: int = 2


fs = FS(1)
print(fs, hash(fs) == hash((1, 2)), fs.__getstate__(), FS.__getstate__.__name__)
fs2 = FS.__new__(FS)
fs2.__setstate__([7, 8])
print(fs2)
try:
    fs.a = 3
except AttributeError as e:
    print(type(e).__name__, e)


class BadSlots:
    __slots__ = iter(['q'])


try:
    @dataclass(slots=True)
    class FromBad(BadSlots):
        x: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Docless:
    a: int


print(Docless.__doc__)
