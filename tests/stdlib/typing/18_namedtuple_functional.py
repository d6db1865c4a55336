# NamedTuple called as a function
from typing import NamedTuple, List, Optional


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


Point = NamedTuple('Point', [('x', int), ('y', int)])
p = Point(1, 2)
print(p, p.x, p.y, p._fields, Point.__annotations__, Point.__module__)
print(Point.__new__.__annotations__, Point._field_defaults, Point.__bases__)
print(p._replace(x=5), p._asdict(), Point._make([3, 4]), tuple(p))
Emp = NamedTuple('Emp', name=str, id=int)
print(Emp('a', 1), Emp.__annotations__)
Empty = NamedTuple('Empty', [])
print(Empty(), Empty._fields, Empty.__annotations__)
Fwd = NamedTuple('Fwd', [('a', 'Later'), ('b', List[int]), ('c', Optional[str]), ('d', None)])
print(Fwd.__annotations__)
print(type(NamedTuple).__name__, NamedTuple.__name__)
t(lambda: NamedTuple('X', [('a', int)], b=str))
t(lambda: NamedTuple('X', [('a', (int, str))]))
t(lambda: NamedTuple('X', [('a', int), ('a', str)]))
t(lambda: NamedTuple('X', [('_a', int)]))
t(lambda: NamedTuple('X', [('def', int)]))
t(lambda: NamedTuple('X', [('a', int, 3)]))
t(lambda: NamedTuple('X'))
t(lambda: NamedTuple())
t(lambda: NamedTuple('1X', [('a', int)]))
t(lambda: Point(1))
t(lambda: Point(1, 2, 3))
t(lambda: isinstance(p, tuple))
t(lambda: isinstance(p, NamedTuple))
