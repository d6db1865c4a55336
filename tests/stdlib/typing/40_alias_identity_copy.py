# Subscriptions are cached (same object back); copy and pickle helpers
import copy
import operator
import typing
from typing import List, Dict, Union, Optional, Callable, Tuple, Literal, Annotated, TypeVar

T = TypeVar('T')

print(List[int] is List[int], Dict[str, int] is Dict[str, int])
print(Union[int, str] is Union[int, str], Optional[int] is Optional[int])
print(Union[int, str] is Union[str, int])
print(Callable[[int], str] is Callable[[int], str], Tuple[int, ...] is Tuple[int, ...])
print(Literal[1] is Literal[1], Annotated[int, 1] is Annotated[int, 1])
print(List[T][int] is List[int])
print(List[[]] is List[[]] if False else "skip")
print(List[1] is List[1], List[True] is List[1], List[1.0] is List[1])
for obj in (List[int], Union[int, str], Optional[int], Callable[[int], str], Literal[1],
            Annotated[int, 'x'], T, typing.Any, typing.Union, typing.List, Tuple[()],
            Callable[..., int]):
    c = copy.copy(obj)
    d = copy.deepcopy(obj)
    print(repr(obj), c == obj, d == obj, c is obj, d is obj)
for obj in (List[int], Dict[str, int], Union[int, str], Optional[int], Callable[[int], str],
            Callable[..., int], Literal[1, 2], Annotated[int, 'x'], typing.List, typing.Union,
            T, typing.Deque[int], Tuple[int, str]):
    r = obj.__reduce__()
    print(repr(obj), r if isinstance(r, str) else (r[0] is operator.getitem, r[1]))
print(operator.getitem(*List[int].__reduce__()[1]))
