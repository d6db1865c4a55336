# TypeVar: repr, attributes, bound, constraints, variance and the errors
import copy
import typing
from typing import TypeVar, List, Union


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


T = TypeVar('T')
print(T, repr(T), str(T), T.__name__, T.__module__)
print(T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__)
T_co = TypeVar('T_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
print(T_co, T_contra, T_co.__covariant__, T_contra.__contravariant__)
N = TypeVar('N', bound=int)
print(N, N.__bound__)
B = TypeVar('B', bound='Forward')
print(B.__bound__)
BL = TypeVar('BL', bound=List[int])
print(BL.__bound__)
S = TypeVar('S', str, bytes)
print(S, S.__constraints__, S.__bound__)
C = TypeVar('C', int, 'Later', None)
print(C.__constraints__)
print(typing.AnyStr, typing.AnyStr.__constraints__, typing.AnyStr.__module__)
print(T == T, T == TypeVar('T'), T is copy.copy(T), T is copy.deepcopy(T))
print(T.__reduce__())
print(T | int, int | T, T | None)
print(Union[T, int].__parameters__)
X = TypeVar('X', covariant=0, contravariant=1)
print(X)
t(lambda: TypeVar('Y', int))
t(lambda: TypeVar('Y', int, str, bound=int))
t(lambda: TypeVar('Y', covariant=True, contravariant=True))
t(lambda: TypeVar('Y', (int, str), str))
t(lambda: TypeVar('Y', bound=(int,)))
t(lambda: TypeVar('Y', bound=typing.ClassVar[int]))
t(lambda: TypeVar('Y', bound=typing.Generic))
t(lambda: TypeVar('Y', int, typing.Final))
t(lambda: TypeVar('Y', bound=0).__bound__)
t(lambda: TypeVar())
t(lambda: isinstance(1, T))
t(lambda: issubclass(int, T))
t(lambda: T())
t(lambda: T[int])
t(lambda: T.__typing_subst__(int))
t(lambda: T.__typing_subst__(None))
t(lambda: T.__typing_subst__((int,)))
t(lambda: T.__typing_subst__(typing.ClassVar[int]))


def f():
    return TypeVar('Local')


print(f().__module__)
try:
    class Sub(TypeVar):
        pass
except TypeError as e:
    print(type(e).__name__, e)
