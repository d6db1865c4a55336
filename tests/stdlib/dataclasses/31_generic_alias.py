from dataclasses import dataclass, field, fields, Field, InitVar


print(Field[int], type(Field[int]).__name__, Field[int].__origin__ is Field, Field[int].__args__)
print(InitVar[int], type(InitVar[int]).__name__, InitVar[list[str]].type)
print(InitVar[int | None])


@dataclass
class Typed:
    a: list[int]
    b: dict[str, list[int]] = field(default_factory=dict)
    c: tuple[int, ...] = ()
    d: int | str = 0
    e: type[int] = int


print(Typed([1]), [str(f.type) for f in fields(Typed)])
print(Typed.__doc__)


class Box:
    __class_getitem__ = classmethod(lambda cls, item: f'Box[{item.__name__}]')


@dataclass
class UsesStrAnnotation:
    b: Box[int] = None


print(UsesStrAnnotation.__doc__, fields(UsesStrAnnotation)[0].type)


class Generic:
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


@dataclass
class G(Generic):
    v: int = 0


print(G[int], G[int](5), G[int].__origin__ is G)
