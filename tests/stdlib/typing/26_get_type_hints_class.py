# get_type_hints on classes: the whole mro, forward references, ClassVar
import typing
from typing import get_type_hints, ClassVar, Final, Optional, List


class Base:
    a: int
    b: "str"
    c: ClassVar[int] = 1
    d: "ClassVar[List[int]]"
    e: Final = 3
    f: "Final[int]"


class Derived(Base):
    b: bytes
    g: "Derived"
    h: "Optional[Base]" = None
    i: None


class Empty:
    pass


class Other(Derived):
    x = 5


print(get_type_hints(Base))
print(get_type_hints(Derived))
print(get_type_hints(Empty), get_type_hints(Other) == get_type_hints(Derived))
print(get_type_hints(int), get_type_hints(object))
print(Derived.__annotations__)
print(get_type_hints(Derived, localns={'Derived': int}))


class Shadow:
    n: "Base"
    Base = int


print(get_type_hints(Shadow))


class Outer:
    class Inner:
        pass

    attr: "Inner"


try:
    print(get_type_hints(Outer))
except NameError as e:
    print(type(e).__name__, e)


class Missing:
    x: "Undefined"


try:
    get_type_hints(Missing)
except NameError as e:
    print(type(e).__name__, e)


class BadExpr:
    x: "1 +"


try:
    get_type_hints(BadExpr)
except SyntaxError as e:
    print(type(e).__name__, e)


class BadType:
    x: "(int, str)"


try:
    get_type_hints(BadType)
except TypeError as e:
    print(type(e).__name__, e)

for bad in (3, "s", None, [1]):
    try:
        get_type_hints(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted(get_type_hints(typing.IO)))
print(get_type_hints(typing.TextIO.__enter__))
