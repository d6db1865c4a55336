# collections.abc.Callable aliases (flattened args, repr, substitution) and types.GenericAlias details
import collections.abc as cabc
from typing import TypeVar, ParamSpec, get_args, Callable
T = TypeVar('T'); P = ParamSpec('P')
for x in [cabc.Callable[[int], str], cabc.Callable[..., int], cabc.Callable[[], None], cabc.Callable[[T], T][int], cabc.Callable[P, T], cabc.Callable[P, T][[int, str], bool], cabc.Callable[[int, cabc.Callable[[str], int]], list[int]]]:
    print(x, x.__args__, x.__parameters__, get_args(x), type(x).__name__, x.__reduce__()[1])
for bad in [int, (int,), ([int], str, 3)]:
    try: cabc.Callable[bad]
    except TypeError as e: print(e)
try: cabc.Callable[3, int]
except TypeError as e: print(e)
print(Callable[[int], str] == Callable[[int], str], cabc.Callable[[int], str] == cabc.Callable[[int], str])
print(list[int].__name__, list[int].__module__, list[int].__doc__ == list.__doc__)
a = list[int]
try: a.x = 1
except AttributeError as e: print(e)
print(*tuple[int, str], list[T][int], dict[str, list[T]][int])
