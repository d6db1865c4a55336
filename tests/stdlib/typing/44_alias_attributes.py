# Attribute access on aliases: __name__, delegation to the origin, __setattr__, dir
import typing
from typing import List, Dict, Union, Callable, Optional, Literal, Annotated, TypeVar

T = TypeVar('T')


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for alias in (List, List[int], Dict[str, int], Union[int, str], Optional[int],
              Callable[[int], str], Literal[1], Annotated[int, 1], typing.Iterable[int],
              typing.Tuple[int, ...], typing.Type[int]):
    t(lambda: (alias.__name__, alias.__qualname__))
t(lambda: List[int].append)
t(lambda: List.append)
t(lambda: List[int].__len__)
t(lambda: List[int].__slots__)
t(lambda: List.__slots__)
t(lambda: List[int].nonexistent)
t(lambda: Union[int, str].nonexistent)
t(lambda: typing.Iterable[int].__abstractmethods__)
t(lambda: typing.Counter.most_common.__name__)
t(lambda: 'append' in dir(List[int]))
t(lambda: '__origin__' in dir(List[int]))
t(lambda: '__len__' in dir(List[int]))
t(lambda: List[int]._inst, )
t(lambda: typing.Deque[int]._inst)
t(lambda: List[int]._paramspec_tvars)
t(lambda: Callable[[int], str]._paramspec_tvars)


class Mine:
    pass


alias = typing.Type[Mine]
alias.__doc__ = "doc set on alias"
print(alias.__doc__, Mine.__doc__)
A = typing.Counter
A.custom = 5
print(A.custom, typing.Counter.__origin__.custom, hasattr(typing.Counter, 'custom'))
del typing.Counter.__origin__.custom
t(lambda: A.custom)
