from dataclasses import dataclass, field, KW_ONLY

try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class BadFactory:
        a: list = field(default_factory=list)
        b: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class SkipsNoInit:
    a: int = 0
    b: int = field(init=False)
    c: int = 1


s = SkipsNoInit(5, 6)
s.b = 'set later'
print(s)


@dataclass
class KwAfterDefault:
    a: int = 0
    b: int = field(kw_only=True)


print(KwAfterDefault(b=2), KwAfterDefault(1, b=2))
try:
    KwAfterDefault(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    KwAfterDefault()
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Base:
    x: int = 0


try:
    @dataclass
    class Child(Base):
        y: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Child2(Base):
    y: int = 1
    _: KW_ONLY
    z: int


print(Child2(z=3), Child2(4, 5, z=6))

try:
    @dataclass(init=False)
    class NoInit:
        a: int = 0
        b: int
    print('init=False skips the check', NoInit.a)
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class UnannotatedField:
        a: int
        b = field(default=1)
except TypeError as e:
    print(type(e).__name__, e)
