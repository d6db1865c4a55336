# Any, NoReturn, Never, Self, LiteralString, TypeAlias
from typing import Any, NoReturn, Never, Self, LiteralString, TypeAlias, List, Union


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: Any)
t(lambda: type(Any))
t(lambda: Any.__name__)
t(lambda: Any.__qualname__)
t(lambda: Any.__mro__)
t(lambda: Any())
t(lambda: isinstance(1, Any))
t(lambda: issubclass(int, Any))
t(lambda: issubclass(Any, object))
t(lambda: Any[int])
t(lambda: List[Any])
t(lambda: Union[Any, int])
t(lambda: Any | None)
t(lambda: Any == Any)


for form in (NoReturn, Never, Self, LiteralString, TypeAlias):
    t(lambda: form)
    t(lambda: form[int])
    t(lambda: form())
    t(lambda: isinstance(1, form))
    t(lambda: issubclass(int, form))
    t(lambda: List[form])
    t(lambda: form | int)
    t(lambda: int | form)
    t(lambda: form == form)
    t(lambda: form.__reduce__())
t(lambda: NoReturn == Never)
t(lambda: Union[NoReturn, Never])
