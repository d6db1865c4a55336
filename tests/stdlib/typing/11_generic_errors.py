# Wrong uses of Generic and of generic classes
from typing import Generic, TypeVar, List, Protocol

T = TypeVar('T')
S = TypeVar('S')


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Box(Generic[T]):
    pass


t(lambda: Generic[()])
t(lambda: Generic[int])
t(lambda: Generic[T, T])
t(lambda: Generic[T, int])
t(lambda: Generic[T][int])
t(lambda: type(Generic()).__name__)
t(lambda: Box[int, str])
t(lambda: Box[()])
t(lambda: Box[int][str])
try:
    class C1(Generic):
        pass
    print(repr(C1))
except Exception as e:
    print(type(e).__name__, e)
try:
    class C2(Generic[T], Generic[S]):
        pass
    print(repr(C2))
except Exception as e:
    print(type(e).__name__, e)
try:
    class C3(Box[T], Generic[S]):
        pass
    print(repr(C3))
except Exception as e:
    print(type(e).__name__, e)
try:
    class C4(Box[T], List[S], Generic[T]):
        pass
    print(repr(C4))
except Exception as e:
    print(type(e).__name__, e)
try:
    class C5(Generic[T], Box[T]):
        pass
    print(repr(C5.__mro__))
except Exception as e:
    print(type(e).__name__, e)
try:
    class C6(Box[int]):
        pass
    print(repr(C6.__parameters__))
except Exception as e:
    print(type(e).__name__, e)
try:
    class C7(Box[S], Generic[S]):
        pass
    print(repr(C7.__parameters__))
except Exception as e:
    print(type(e).__name__, e)
try:
    class C8(List[T]):
        pass
    print(repr(C8.__parameters__))
except Exception as e:
    print(type(e).__name__, e)
try:
    class C9(List[int]):
        pass
    print(repr(C9.__mro__))
except Exception as e:
    print(type(e).__name__, e)
try:
    class C10(Protocol[T]):
        pass
    print(repr(C10.__parameters__))
except Exception as e:
    print(type(e).__name__, e)
t(lambda: isinstance(Box(), Box[int]))
t(lambda: issubclass(Box, Box[int]))
t(lambda: isinstance(Box(), Generic))
t(lambda: Generic.__class_getitem__(T))
try:
    class C11(List):
        pass
    print(repr(C11))
except Exception as e:
    print(type(e).__name__, e)
