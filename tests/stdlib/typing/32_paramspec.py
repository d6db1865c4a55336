# ParamSpec, P.args/P.kwargs, Concatenate and Callable[P, T]
import copy
from typing import ParamSpec, Concatenate, Callable, TypeVar, get_args, get_origin, List

P = ParamSpec('P')
Q = ParamSpec('Q')
T = TypeVar('T')


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(P, P.__name__, P.__module__, P.__bound__, P.__covariant__, P.__contravariant__)
print(ParamSpec('Pc', covariant=True), ParamSpec('Pn', contravariant=True))
print(ParamSpec('Pb', bound=int).__bound__)
print(P.args, P.kwargs, P.args.__origin__ is P, P.kwargs.__origin__ is P)
print(P.args == P.args, P.args == Q.args, P.args == P.kwargs, P.kwargs == P.kwargs)
print(type(P.args).__name__, type(P.kwargs).__name__, copy.copy(P) is P)
t(lambda: Callable[P, int])
t(lambda: Callable[P, int].__args__)
t(lambda: Callable[P, int].__parameters__)
t(lambda: get_args(Callable[P, int]))
t(lambda: Callable[P, T][[int, str], float])
t(lambda: Callable[P, T][..., float])
t(lambda: Callable[P, T][Q, float])
t(lambda: Callable[P, int][[]])
t(lambda: Callable[P, int][int, str])
t(lambda: Concatenate[int, P])
t(lambda: Concatenate[int, str, P].__args__)
t(lambda: Concatenate[int, ...])
t(lambda: Concatenate[int, P].__parameters__)
t(lambda: Callable[Concatenate[int, P], int])
t(lambda: Callable[Concatenate[int, P], int].__args__)
t(lambda: get_args(Callable[Concatenate[int, P], int]))
t(lambda: Callable[Concatenate[int, P], T][[str], bool])
t(lambda: Callable[Concatenate[int, P], T][Concatenate[str, Q], bool])
t(lambda: get_origin(Concatenate[int, P]))
t(lambda: Concatenate[()])
t(lambda: Concatenate[int])
t(lambda: Concatenate[int, str])
t(lambda: Concatenate[P, int])
t(lambda: Concatenate[(int,), P])
t(lambda: Callable[P, T][int])
t(lambda: Callable[P, T][3, int])
t(lambda: P.__typing_subst__([int, str]))
t(lambda: P.__typing_subst__(...))
t(lambda: P.__typing_subst__(int))
t(lambda: ParamSpec('Bad', covariant=True, contravariant=True))
t(lambda: ParamSpec('X', int))
t(lambda: isinstance(1, P))
t(lambda: P | int)
t(lambda: P())
t(lambda: List[P])
