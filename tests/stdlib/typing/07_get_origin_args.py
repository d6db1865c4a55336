# get_origin and get_args over every kind of alias
import collections.abc
import typing
from typing import (get_origin, get_args, List, Dict, Union, Optional, Callable, Tuple,
                    Literal, Annotated, ClassVar, Final, Generic, TypeVar, ParamSpec,
                    Concatenate, Any)

T = TypeVar('T')
P = ParamSpec('P')

cases = [
    int, None, Any, List, List[int], list[int], Dict[str, int], dict[str, int],
    Union[int, str], Optional[int], int | str, int | None, Callable[[int], str],
    Callable[..., str], collections.abc.Callable[[int], str], Tuple[int, ...],
    tuple[int, ...], Tuple[()], Literal[1, 'a'], Annotated[int, 'meta'],
    Annotated[List[int], 1, 2], ClassVar[int], Final[str], Generic, Generic[T],
    List[T], Dict[str, T][int], Union[int, List[T]][str], P.args, P.kwargs,
    Callable[P, int], Callable[Concatenate[int, P], int], typing.Type[int], type[int],
    typing.Iterable[int], collections.abc.Iterable[int], Literal, Union, T, 'str',
]
for c in cases:
    try:
        print(repr(c), '->', get_origin(c), get_args(c))
    except Exception as e:
        print(repr(c), '->', type(e).__name__, e)

print(get_args(Union[int, Union[T, int], str][int]))
print(get_args(Union[int, Tuple[T, int]][str]))
print(get_args(Callable[[], T][int]))
print(get_origin(List[Tuple[T, T]][int]) is list)
print(get_origin(P.args) is P, get_origin(P.kwargs) is P)
