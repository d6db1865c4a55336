# Annotated: metadata, flattening, equality, instantiation
from typing import Annotated, List, Optional, TypeVar, get_args, get_origin, ClassVar, Final

T = TypeVar('T')


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: Annotated[int, "meta"])
t(lambda: Annotated[int, "a", 1, [2]])
t(lambda: Annotated[List[int], "x"])
t(lambda: Annotated[Annotated[int, 1], 2])
t(lambda: Annotated[Annotated[int, 1, 2], 3, 4].__metadata__)
t(lambda: Annotated[int, "m"].__origin__)
t(lambda: Annotated[int, "m"].__metadata__)
t(lambda: Annotated[int, "m"].__args__)
t(lambda: get_origin(Annotated[int, "m"]))
t(lambda: get_args(Annotated[int, "m", 2]))
t(lambda: Annotated[int, "m"] == Annotated[int, "m"])
t(lambda: Annotated[int, "m"] == Annotated[int, "n"])
t(lambda: Annotated[int, "m"] == int)
t(lambda: Annotated[int, 1, 2] == Annotated[int, 2, 1])
t(lambda: hash(Annotated[int, "m"]) == hash(Annotated[int, "m"]))
t(lambda: Annotated[int, 1] is Annotated[int, 1])
t(lambda: Annotated[int, 1] == Annotated[int, True])
t(lambda: Annotated[T, "m"][int])
t(lambda: Annotated[List[T], "m"][str])
t(lambda: Annotated[T, "m"].__parameters__)
t(lambda: Annotated[ClassVar[int], "x"])
t(lambda: Annotated[Final, "x"])
t(lambda: Optional[Annotated[int, "x"]])
t(lambda: Annotated[int, "m"](5))
t(lambda: Annotated[List[int], "m"]())
t(lambda: Annotated[int, "m"].__name__)
t(lambda: Annotated[int])
t(lambda: Annotated[int,])
t(lambda: Annotated[(int, str), "x"])
t(lambda: Annotated())
t(lambda: Annotated[int, "x"][str])
t(lambda: isinstance(1, Annotated[int, "x"]))
t(lambda: list(Annotated[int, "x"]))

try:
    class Sub(Annotated):
        pass
except TypeError as e:
    print(type(e).__name__, e)
