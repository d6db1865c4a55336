# get_type_hints on a module and with no_type_check; Optional is not added for None defaults
import sys
import typing
from typing import get_type_hints, no_type_check, Optional

x: int = 1
y: "Optional[str]"
z: "list[int]"

print(get_type_hints(sys.modules[__name__]))
print(__annotations__)


def default_none(a: int = None, b: "str" = None):
    pass


print(get_type_hints(default_none))


@no_type_check
def skipped(a: "Undefined") -> "Nope":
    pass


print(get_type_hints(skipped), skipped.__no_type_check__)




def deco(func):
    def inner(*args):
        return func(*args)
    inner.__annotations__ = {'q': 'Undefined'}
    return inner


deco2 = typing.no_type_check_decorator(deco)


@deco2
def decorated(a: int):
    return a * 2


print(decorated(4), get_type_hints(decorated), decorated.__no_type_check__)
print(deco2.__name__, deco2.__wrapped__ is deco)
