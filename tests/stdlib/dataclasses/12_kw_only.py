from dataclasses import dataclass, field, fields, KW_ONLY


@dataclass
class A:
    x: int
    _: KW_ONLY
    y: int
    z: int = 0


print(A(1, y=2), A(1, z=3, y=2))
try:
    A(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(1)
except TypeError as e:
    print(type(e).__name__, e)
print(A.__match_args__, [f.kw_only for f in fields(A)], '_' in A.__dataclass_fields__)
print(A.__init__.__kwdefaults__, A.__init__.__defaults__)
print(A.__doc__)


@dataclass(kw_only=True)
class B:
    x: int
    y: int = 1
    z: int = field(kw_only=False, default=5)


print(B(x=1), B(7, x=1))
print(B.__match_args__, B.__doc__)


@dataclass
class C(B):
    w: int = 4


print(C(8, x=1), C.__doc__, C.__match_args__)

try:
    @dataclass
    class Twice:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Str:
    a: int
    _: 'KW_ONLY'
    b: int = 0


print(Str(1, b=2), Str.__doc__)
import dataclasses


@dataclass
class Str2:
    a: int
    _: 'dataclasses.KW_ONLY'
    b: int = 0


print(Str2.__doc__)


@dataclass
class Base:
    a: int
    _: KW_ONLY
    b: int = 0


@dataclass
class Derived(Base):
    c: int
    d: int = 1


print(Derived(1, 2), Derived.__doc__, Derived.__match_args__)


@dataclass
class KwOnlyNoInit:
    _: KW_ONLY
    a: int = field(init=False, default=3)
    b: int


print(KwOnlyNoInit(b=1), KwOnlyNoInit.__doc__)
