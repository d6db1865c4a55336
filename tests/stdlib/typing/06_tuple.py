# Tuple: fixed, empty and variadic forms
from typing import Tuple, get_args


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: Tuple[int])
t(lambda: Tuple[int, str])
t(lambda: Tuple[int, ...])
t(lambda: Tuple[()])
t(lambda: Tuple[()].__args__)
t(lambda: Tuple[int, ...].__args__)
t(lambda: Tuple[Tuple[int, str], ...])
t(lambda: Tuple[int, str, float, bytes])
t(lambda: Tuple[None])
t(lambda: get_args(Tuple[int, ...]))
t(lambda: get_args(Tuple[()]))
t(lambda: Tuple[int, ...] == Tuple[int, ...])
t(lambda: Tuple[int, ...] == tuple[int, ...])
t(lambda: Tuple[int] == Tuple[int, ...])
t(lambda: Tuple[...])
t(lambda: Tuple[..., int])
t(lambda: Tuple[int, str, ...])
t(lambda: Tuple[int, (str,)])
t(lambda: Tuple[int, ...][str])
t(lambda: Tuple())
t(lambda: Tuple[int]())
t(lambda: Tuple.__origin__)
t(lambda: isinstance((), Tuple))
t(lambda: issubclass(tuple, Tuple))
t(lambda: isinstance((), Tuple[int]))
t(lambda: tuple[int, ...])
