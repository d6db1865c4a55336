# TypeVarTuple and Unpack
from typing import TypeVarTuple, Unpack, Tuple, TypeVar, Generic, get_args, get_origin

Ts = TypeVarTuple('Ts')
T = TypeVar('T')


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(Ts, repr(Ts), Ts.__name__, Ts.__module__, Ts.__reduce__())
t(lambda: Unpack[Ts])
t(lambda: list(Ts))
t(lambda: next(iter(Ts)) == Unpack[Ts])
t(lambda: Unpack[Ts].__args__)
t(lambda: Unpack[Ts].__origin__)
t(lambda: Unpack[Ts].__parameters__)
t(lambda: get_origin(Unpack[Ts]))
t(lambda: get_args(Unpack[Ts]))
t(lambda: Unpack[Tuple[int, str]])
t(lambda: Unpack[Tuple[int, str]].__typing_unpacked_tuple_args__)
t(lambda: Unpack[Ts].__typing_unpacked_tuple_args__)
t(lambda: Unpack[Ts].__typing_is_unpacked_typevartuple__)
t(lambda: Unpack[Tuple[int]].__typing_is_unpacked_typevartuple__)
t(lambda: Tuple[Unpack[Ts]])
t(lambda: Tuple[Unpack[Ts]].__parameters__)
t(lambda: Tuple[int, Unpack[Ts]][str, float])
t(lambda: Tuple[int, Unpack[Ts]][()])
t(lambda: Tuple[T, Unpack[Ts]][int, str, bytes])
t(lambda: Tuple[T, Unpack[Ts]][int])
t(lambda: Tuple[T, Unpack[Ts], T][int])
t(lambda: Tuple[Unpack[Ts]][Unpack[Tuple[int, str]]])
t(lambda: Generic[Unpack[Ts]])
t(lambda: Generic[T, Unpack[Ts]].__parameters__)
t(lambda: Unpack[Ts] == Unpack[Ts])
t(lambda: Unpack[int, str])
t(lambda: Unpack[Ts][int])
t(lambda: Ts.__typing_subst__(int))
t(lambda: Tuple[Unpack[Ts], Unpack[Ts]][int])
t(lambda: isinstance(1, Ts))
t(lambda: Ts())
t(lambda: TypeVarTuple('X', int))
t(lambda: Tuple[T][Unpack[Ts]])
