# Callable[[args], result], Callable[..., result] and their errors
import collections.abc
from typing import Callable, List, Optional, get_args, get_origin


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: Callable[[int], str])
t(lambda: Callable[[], None])
t(lambda: Callable[[int, str], List[int]])
t(lambda: Callable[..., int])
t(lambda: Callable[..., None])
t(lambda: Callable[[Callable[[int], int]], Callable[..., str]])
t(lambda: Callable[["Foo"], "Bar"])
t(lambda: Callable[[int], str].__args__)
t(lambda: Callable[..., int].__args__)
t(lambda: Callable[[], int].__args__)
t(lambda: Callable[[int], str].__origin__)
t(lambda: get_args(Callable[[int, str], float]))
t(lambda: get_args(Callable[..., float]))
t(lambda: get_args(Callable[[], float]))
t(lambda: get_origin(Callable[[int], str]))
t(lambda: type(Callable[[int], str]).__name__)
t(lambda: Callable[[int], str] == Callable[[int], str])
t(lambda: Callable[[int], str] == Callable[[str], str])
t(lambda: Callable[[int], str] is Callable[[int], str])
t(lambda: Callable[[int], str] == collections.abc.Callable[[int], str])
t(lambda: Optional[Callable[[int], str]])
t(lambda: Callable[[int], str] | None)
# errors
t(lambda: Callable[int])
t(lambda: Callable[int, str, float])
t(lambda: Callable[[int]])
t(lambda: Callable[[int], (int, str)])
t(lambda: Callable[[int], Callable])
t(lambda: Callable[int, str])
t(lambda: Callable[[int], str][int])
t(lambda: Callable())
t(lambda: Callable[[int], str]())
t(lambda: isinstance(len, Callable))
t(lambda: isinstance(3, Callable))
t(lambda: issubclass(type, Callable))
t(lambda: isinstance(len, Callable[[int], str]))
