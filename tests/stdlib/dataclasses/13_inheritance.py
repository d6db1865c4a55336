from dataclasses import dataclass, field, fields


@dataclass
class Base:
    x: int
    y: int = 1
    z: str = 'base'


@dataclass
class Child(Base):
    z: str = 'child'
    w: float = 0.5


print(Child(1), [f.name for f in fields(Child)])
print(Child.__doc__)
print(Child(1) == Base(1, 1, 'child'))
print(Base.__dataclass_fields__['z'].default, Child.__dataclass_fields__['z'].default)


class Middle(Base):
    extra = 'not a field'
    annotated_but_plain: int = 3


@dataclass
class Leaf(Middle):
    v: int = 9


print(Leaf(1), [f.name for f in fields(Leaf)], Leaf.annotated_but_plain)
print(fields(Middle) == fields(Base), Middle(5))


@dataclass
class Retyped(Base):
    x: str = 'now default'
    y: int = 2


print(Retyped(), Retyped.__doc__)


@dataclass
class M1:
    a: int = 1


@dataclass
class M2:
    b: int = 2


@dataclass
class Multi(M1, M2):
    c: int = 3


print(Multi(), [f.name for f in fields(Multi)], Multi.__mro__[1:3])


@dataclass(repr=False, eq=False)
class ChildOptions(Base):
    q: int = 0


print(ChildOptions.__repr__ is Base.__repr__, ChildOptions(1) == ChildOptions(1))
print(repr(ChildOptions(1, 2)))


class PlainChild(Child):
    def __init__(self):
        super().__init__(0, 0, 'p', 1.0)


print(PlainChild())


@dataclass
class Again(PlainChild):
    n: int = 0


print(Again(1), Again.__doc__)
print(Base.__dataclass_params__, Again.__dataclass_params__)
print(Child.__dataclass_fields__['x'] is Base.__dataclass_fields__['x'])
