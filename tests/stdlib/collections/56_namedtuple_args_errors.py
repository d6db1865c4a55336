from collections import namedtuple

P = namedtuple("P", "x y")


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: P())
t(lambda: P(1))
t(lambda: P(1, 2, 3))
t(lambda: P(1, 2, 3, 4))
t(lambda: P(1, x=2))
t(lambda: P(1, z=2))
t(lambda: P(y=2))
t(lambda: P(*range(2)))
t(lambda: P(**{"x": 1, "y": 2}))
t(lambda: P(1, 2, x=1))
One = namedtuple("One", "only")
t(lambda: One())
t(lambda: One(1, 2))
t(lambda: One(only=1))
Zero = namedtuple("Zero", "")
t(lambda: Zero(1))
t(lambda: Zero())
Three = namedtuple("Three", "a b c", defaults=[3])
t(lambda: Three())
t(lambda: Three(1))
t(lambda: Three(1, 2))
t(lambda: Three(1, 2, 3, 4))
t(lambda: P._make(5))
t(lambda: P(1, 2)._replace(x=1, y=2, z=3))
t(lambda: P.x.__get__(P(7, 8)))
t(lambda: P.x.__get__((9,)))
t(lambda: P.x.__get__(()))
t(lambda: tuple.__new__(P, (1, 2, 3)))
t(lambda: tuple.__new__(P, (1, 2, 3)).y)
