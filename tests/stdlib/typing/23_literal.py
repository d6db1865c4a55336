# Literal: values, flattening, deduplication by value and type, equality
from typing import Literal, Union, get_args


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: Literal[1])
t(lambda: Literal[1, 2, 3])
t(lambda: Literal["a", b"b", None, True, 1.5])
t(lambda: Literal[1, 1, 2])
t(lambda: Literal[1, True])
t(lambda: Literal[0, False])
t(lambda: Literal[Literal[1, 2], 3])
t(lambda: Literal[Literal[1], Literal[1]])
t(lambda: Literal[[1, 2]])
t(lambda: Literal[[1], [1]])
t(lambda: Literal[...])
t(lambda: Literal[int])
t(lambda: Literal[()])
t(lambda: Literal[(1, 2)])
t(lambda: Literal[1, 2].__args__)
t(lambda: Literal[1, 2].__origin__)
t(lambda: Literal[1, 2].__parameters__)
t(lambda: get_args(Literal[1, "x"]))
t(lambda: Literal[1, 2] == Literal[2, 1])
t(lambda: Literal[1] == Literal[True])
t(lambda: Literal[1] == Literal[1.0])
t(lambda: Literal[1, 2] == Literal[1, 2, 1])
t(lambda: hash(Literal[1, 2]) == hash(Literal[2, 1]))
t(lambda: Literal[1] is Literal[1])
t(lambda: Literal[1] is Literal[True])
t(lambda: Literal[True])
t(lambda: Union[Literal[1], Literal[2]])
t(lambda: Literal[1] | Literal[2])
t(lambda: Literal[1] | None)
t(lambda: type(Literal[1]).__name__)
t(lambda: Literal[1][int])
t(lambda: Literal())
t(lambda: isinstance(1, Literal[1]))
t(lambda: isinstance(1, Literal))
