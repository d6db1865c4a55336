# NewType: a callable that returns its argument, with a name and a supertype
import copy
from typing import NewType, List, Union


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


UserId = NewType('UserId', int)
print(UserId, repr(UserId), UserId.__name__, UserId.__qualname__, UserId.__module__)
print(UserId.__supertype__, UserId(5), type(UserId(5)).__name__, UserId("not checked"))
Nested = NewType('Nested', UserId)
print(Nested, Nested.__supertype__, Nested(3))
Dotted = NewType('pkg.Dotted', List[int])
print(Dotted, Dotted.__name__, Dotted.__qualname__, Dotted.__supertype__)
print(UserId | None, Union[UserId, str], int | UserId)
print(UserId.__reduce__(), copy.copy(UserId) is UserId)
print(type(UserId).__name__, callable(UserId))
t(lambda: UserId())
t(lambda: UserId(1, 2))
t(lambda: UserId(x=1))
t(lambda: isinstance(1, UserId))
t(lambda: NewType('X'))
t(lambda: NewType('X', int, str))


def local():
    return NewType('Local', str)


print(local(), local().__module__)

try:
    class Sub(UserId):
        pass
except TypeError as e:
    print(type(e).__name__, e)
