# Optional[X] is Union[X, None]; its repr and its errors
from typing import Optional, Union, List, Dict, Any, Callable


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: Optional[int])
t(lambda: Optional[List[int]])
t(lambda: Optional[Dict[str, Any]])
t(lambda: Optional[Optional[int]])
t(lambda: Optional[None])
t(lambda: Optional[Union[int, str]])
t(lambda: Optional[int | str])
t(lambda: Optional["Foo"])
t(lambda: Optional[Callable[[int], str]])
t(lambda: Optional[int] == Union[int, None])
t(lambda: Optional[int] == Union[None, int])
t(lambda: Optional[int] == (int | None))
t(lambda: Optional[int].__args__)
t(lambda: Optional[int]._name)
t(lambda: Union[int, str]._name)
t(lambda: Union[None, int])
t(lambda: Optional[int, str])
t(lambda: Optional[()])
t(lambda: Optional[(int,)])
t(lambda: Optional[1])
t(lambda: Optional[Optional])
t(lambda: Optional())
t(lambda: isinstance(None, Optional[int]))
t(lambda: isinstance(3, Optional[int]))
t(lambda: isinstance("x", Optional[int]))
t(lambda: issubclass(bool, Optional[int]))
t(lambda: issubclass(str, Optional[int]))
t(lambda: isinstance(3, Optional))
t(lambda: issubclass(int, Optional))
