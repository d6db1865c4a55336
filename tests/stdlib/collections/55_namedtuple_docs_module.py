from collections import namedtuple
import copy

P = namedtuple("Point", "x y")
print(P.__doc__)
print(P.x.__doc__)
print(P.y.__doc__)
print(type(P.x).__name__)
print(P.__module__)
M = namedtuple("M", "a", module="my.module")
print(M.__module__, M.__qualname__, repr(M(1)))
P.__doc__ = "A point."
P.x.__doc__ = "The x coordinate."
print(P.__doc__, P.x.__doc__)
print(P._make.__doc__)
print(P._replace.__doc__)
print(P._asdict.__doc__)
print(P.__new__.__doc__)
print(P.__repr__.__doc__)
print(P.__getnewargs__.__doc__)
print(P.__new__.__name__, P.__new__.__qualname__ if hasattr(P.__new__, "__qualname__") else "")
Big = namedtuple("Big", "alpha beta gamma delta")
print(Big.__doc__)
print(Big.gamma.__doc__)
print(copy.copy(P(1, 2)), copy.deepcopy(P([1], 2)), type(copy.copy(P(1, 2))).__name__)
