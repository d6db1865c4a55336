# get_type_hints on functions: strings evaluated in the function's module, None -> NoneType
import functools
from typing import get_type_hints, List, Optional, Dict, Annotated, Callable


class Node:
    pass


def f(a: int, b: "Node", c: "List[Node]" = None, d: None = None, *args: str,
      e: "Optional[int]" = 3, **kw: "Dict[str, int]") -> "Node":
    pass


def g():
    pass


def h(x: Annotated[int, "meta"], y: "Annotated[List[int], 1]") -> Annotated[str, 2]:
    pass


def k(x: 'list[Node]', y: 'int | None', z: "Callable[[int], 'Node']"):
    pass


for func in (f, g, h, k):
    print(func.__name__, get_type_hints(func))
print(get_type_hints(h, include_extras=True))
print(f.__annotations__)


@functools.wraps(f)
def wrapper(*args, **kwargs):
    return f(*args, **kwargs)


print(get_type_hints(wrapper))
print(get_type_hints(lambda: 0))
print(get_type_hints(len), get_type_hints([].append), get_type_hints(object.__init__))


class C:
    def method(self, x: "Node") -> "C":
        pass

    @staticmethod
    def st(y: "int") -> None:
        pass

    @classmethod
    def cm(cls, z: "C"):
        pass


print(get_type_hints(C.method), get_type_hints(C().method))
print(get_type_hints(C.st), get_type_hints(C.cm))


def local_ref():
    class Local:
        pass

    def inner(x: "Local"):
        pass

    try:
        print(get_type_hints(inner))
    except NameError as e:
        print(type(e).__name__, e)
    print(get_type_hints(inner, localns={'Local': Local}))
    print(get_type_hints(inner, {'Local': Local}))
    print(get_type_hints(inner, globals(), {'Local': int}))


local_ref()
