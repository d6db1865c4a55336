# The | operator between typing objects, classes and None
import typing
from typing import List, Union, Optional, TypeVar, Callable, Literal, Any

T = TypeVar('T')


def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: int | str)
t(lambda: int | None)
t(lambda: None | int)
t(lambda: List[int] | None)
t(lambda: None | List[int])
t(lambda: int | List[int])
t(lambda: List[int] | int)
t(lambda: List[int] | List[str])
t(lambda: List | None)
t(lambda: int | List)
t(lambda: Union[int, str] | float)
t(lambda: float | Union[int, str])
t(lambda: Optional[int] | str)
t(lambda: Union[int, str] | None)
t(lambda: Union[int, str] | Union[bytes, int])
t(lambda: T | None)
t(lambda: None | T)
t(lambda: T | List[T])
t(lambda: Callable[[int], str] | None)
t(lambda: Literal[1] | Literal[2])
t(lambda: Any | int)
t(lambda: int | Any)
t(lambda: "str" | List[int])
t(lambda: List[int] | "str")
t(lambda: (int | str) | List[int])
t(lambda: List[int] | (int | str))
t(lambda: list[int] | List[int])
t(lambda: List[int] | list[int])
t(lambda: (int | str) == Union[int, str])
t(lambda: Union[int, str] == (str | int))
t(lambda: Union[int, List[int]] == (int | List[int]))
t(lambda: {Union[int, str]: 1}[int | str])
t(lambda: typing.get_args(int | List[int]))
t(lambda: List[int] | 3)
t(lambda: 3 | List[int])
t(lambda: Union | int)
t(lambda: typing.ClassVar | int)
