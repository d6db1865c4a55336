# Generic protocols: Protocol[T]
from typing import Protocol, TypeVar, runtime_checkable, Iterator, List

T = TypeVar('T')
T_co = TypeVar('T_co', covariant=True)


@runtime_checkable
class Source(Protocol[T_co]):
    def get(self) -> T_co:
        ...


class IntSource:
    def get(self):
        return 1


print(Source, Source.__parameters__, Source.__orig_bases__, Source.__mro__)
print(Source[int], Source[int].__args__, Source[List[T]].__parameters__)
print(isinstance(IntSource(), Source), issubclass(IntSource, Source))
try:
    isinstance(IntSource(), Source[int])
except TypeError as e:
    print(type(e).__name__, e)


class Both(Source[T], Protocol[T]):
    def put(self, x: T) -> None:
        ...


print(Both.__parameters__, Both._is_protocol)


class Impl(Source[int]):
    def get(self):
        return 2


print(Impl.__parameters__, Impl._is_protocol, Impl().get(), isinstance(Impl(), Source))
