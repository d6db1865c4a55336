# repr() of the special forms, the unsubscripted aliases and their type()
import typing
from typing import (Any, NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar, Final,
                    Union, Optional, Literal, Concatenate, TypeGuard, Unpack, Required,
                    NotRequired, Annotated, Generic, Protocol, List, Dict, Tuple, Callable,
                    Type, Iterable, AbstractSet, Hashable, Sized, ByteString)

for obj in (Any, NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar, Final, Union,
            Optional, Literal, Concatenate, TypeGuard, Unpack, Required, NotRequired):
    print(repr(obj), str(obj), type(obj).__name__, obj.__name__, obj.__qualname__)

for obj in (List, Dict, Tuple, Callable, Type, Iterable, AbstractSet, Hashable, Sized,
            ByteString, typing.Deque, typing.DefaultDict, typing.OrderedDict,
            typing.Counter, typing.ChainMap, typing.Generator, typing.AsyncGenerator,
            typing.Coroutine, typing.Awaitable, typing.Set, typing.FrozenSet):
    print(repr(obj), type(obj).__name__, obj.__name__, obj.__origin__, obj._nparams)

print(repr(Annotated), repr(Generic), repr(Protocol))
print(typing.Text, typing.TYPE_CHECKING, typing.AnyStr)
print(type(Any), Any.__module__)
print(List.__doc__)
print(typing.Mapping.__doc__)
print(Optional.__module__, Union.__module__)
print(bool(Union), bool(List))
