# ClassVar, Final, TypeGuard, Required, NotRequired: single-type wrappers
from typing import ClassVar, Final, TypeGuard, Required, NotRequired, List, Generic, Union


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for form in (ClassVar, Final, TypeGuard, Required, NotRequired):
    t(lambda: form[int])
    t(lambda: form[List[int]])
    t(lambda: form["X"])
    t(lambda: form[int].__origin__ is form)
    t(lambda: form[int].__args__)
    t(lambda: form[int, str])
    t(lambda: form[()])
    t(lambda: form[ClassVar[int]])
    t(lambda: form[Final[int]])
    t(lambda: form[form])
    t(lambda: form[int][int])
    t(lambda: form[int]())
    t(lambda: isinstance(1, form))
    t(lambda: isinstance(1, form[int]))
    t(lambda: form[int] == form[int])
    t(lambda: form())
    t(lambda: form[int].__module__)
t(lambda: List[ClassVar[int]])
t(lambda: List[Final[int]])
t(lambda: Union[int, ClassVar[int]])
t(lambda: List[Final])
t(lambda: List[Generic])
