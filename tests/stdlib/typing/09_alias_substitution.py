# Subscripting aliases that have type variables in them
import typing
from typing import TypeVar, List, Dict, Tuple, Union, Optional, Callable

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: List[T])
t(lambda: List[T].__parameters__)
t(lambda: List[T][int])
t(lambda: Dict[K, V])
t(lambda: Dict[K, V].__parameters__)
t(lambda: Dict[K, V][str, int])
t(lambda: Dict[K, List[V]][str, int])
t(lambda: Dict[str, T][int])
t(lambda: Dict[T, T][int])
t(lambda: Dict[T, T].__parameters__)
t(lambda: Dict[V, K].__parameters__)
t(lambda: Dict[K, V][T, T])
t(lambda: Dict[K, V][T, T].__parameters__)
t(lambda: Tuple[T, ...][int])
t(lambda: Tuple[T, K, T][int, str])
t(lambda: Union[T, int][str])
t(lambda: Union[T, int][int])
t(lambda: Union[T, None][int])
t(lambda: Optional[T][str])
t(lambda: Optional[T].__parameters__)
t(lambda: Union[T, List[T]][str])
t(lambda: Callable[[T], K][int, str])
t(lambda: Callable[[T], T][int])
t(lambda: Callable[..., T][int])
t(lambda: Callable[[T, int], K].__parameters__)
t(lambda: List[List[T]][List[K]])
t(lambda: List[List[T]][List[K]][int])
t(lambda: Dict[str, list[T]][int])
t(lambda: List[T][None])
t(lambda: List[T]["Fwd"])
t(lambda: List[T][int] == List[int])
t(lambda: List[T][int] is List[int])
# errors
t(lambda: List[T][int, str])
t(lambda: Dict[K, V][int])
t(lambda: Dict[K, V][int, str, float])
t(lambda: List[int][int])
t(lambda: List[T][(int, str)])
t(lambda: List[T][typing.ClassVar[int]])
t(lambda: List[T][typing.Final[int]])
t(lambda: List[T][typing.Union])
t(lambda: List[T][typing.Generic])
t(lambda: List[T][()])
