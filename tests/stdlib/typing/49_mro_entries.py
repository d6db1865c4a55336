# What the aliases give a class statement (their __mro_entries__), called directly
import typing
from typing import (Generic, Protocol, TypeVar, List, Dict, Union, Optional, ClassVar,
                    NamedTuple, TypedDict, NewType, Callable, Any)

T = TypeVar('T')
S = TypeVar('S')


class Box(Generic):
    __orig_bases__ = (Generic[T],)  # what `class Box(Generic[T])` would record


def entries(alias, bases):
    try:
        print(repr(alias), '->', alias.__mro_entries__(bases))
    except Exception as e:
        print(repr(alias), '->', type(e).__name__, e)


entries(List[int], (List[int],))
entries(List[int], (List[int], Box))
entries(List[int], (List[int], Dict[str, int]))
entries(List[int], (list, List[int]))
entries(List, (List,))
entries(typing.Iterable[int], (typing.Iterable[int],))
entries(Dict[str, T], (Dict[str, T], Generic[T]))
entries(Generic[T], (Generic[T],))
entries(Generic[T], (Box[T], Generic[T]))
entries(Generic[T], (Generic[T], Box[T]))
entries(Generic[T], (Protocol[T], Generic[T]))
entries(Protocol[T], (Protocol[T],))
entries(Box[int], (Box[int],))
entries(Union[int, str], (Union[int, str],))
entries(Optional[int], (Optional[int],))
entries(ClassVar[int], (ClassVar[int],))
entries(Callable[[int], str], (Callable[[int], str],))
entries(typing.Union, (typing.Union,))
entries(typing.Literal, (typing.Literal,))
entries(typing.ClassVar, (typing.ClassVar,))
print(NamedTuple.__mro_entries__((NamedTuple,)))
print(TypedDict.__mro_entries__((TypedDict,)))
print(type(NamedTuple.__mro_entries__((NamedTuple,))[0]).__name__)
print(type(TypedDict.__mro_entries__((TypedDict,))[0]).__name__)
UserId = NewType('UserId', int)
dummy = UserId.__mro_entries__((UserId,))
print(len(dummy), dummy[0].__name__)
try:
    type('Sub', dummy, {})
except TypeError as e:
    print(type(e).__name__, e)
print(Box.__parameters__, Box[int], Box[int].__args__)
