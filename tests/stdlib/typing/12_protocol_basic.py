# Protocol classes: what makes a protocol, its members, instantiation
from typing import Protocol, runtime_checkable
import typing


class Closer(Protocol):
    def close(self) -> None:
        ...


class Named(Protocol):
    name: str


class Both(Closer, Named, Protocol):
    def extra(self):
        ...


class NotProto(Closer):
    def close(self):
        return "closed"


for cls in (Protocol, Closer, Named, Both, NotProto):
    print(cls.__name__, cls._is_protocol, cls.__dict__.get('_is_protocol'),
          getattr(cls, '_is_runtime_protocol', None), type(cls).__name__)
    print('  attrs', sorted(typing._get_protocol_attrs(cls)))
    print('  params', cls.__parameters__, cls.__mro__)

for cls in (Protocol, Closer, Named, Both):
    try:
        cls()
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)

n = NotProto()
print(n.close(), type(n).__name__)
print(NotProto.__init__ is typing._no_init_or_replace_init)


class WithInit(Closer):
    def __init__(self, x):
        self.x = x

    def close(self):
        return self.x


print(WithInit(5).close())


class Inherit(Both):
    name = "n"

    def close(self):
        return 1

    def extra(self):
        return 2


i = Inherit()
print(i.close(), i.extra(), i.name, Inherit._is_protocol)
for proto in (Both, Closer):
    try:
        print(isinstance(i, proto))
    except TypeError as e:
        print(type(e).__name__, e)
print(Closer.close(None))
print(Closer.__abstractmethods__, Both.__abstractmethods__)
