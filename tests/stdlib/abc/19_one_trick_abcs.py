from collections.abc import (Hashable, Callable, Sized, Container, Iterable, Collection,
                             Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
                             ByteString, Awaitable, Coroutine, AsyncIterable)

abcs = [Hashable, Callable, Sized, Container, Iterable, Collection, Sequence, MutableSequence,
        Mapping, MutableMapping, Set, MutableSet, ByteString]


class Foo:
    pass


def f():
    pass


values = [1, 1.5, 1j, True, None, 'str', b'bytes', bytearray(b'x'), memoryview(b'm'),
          [], (), {}, set(), frozenset(), range(2), {}.keys(), f, len, Foo, Foo(), type,
          lambda: 0, NotImplemented, Ellipsis, slice(1), object()]
print(' '.join(a.__name__[:6] for a in abcs))
for v in values:
    row = ''.join('X' if isinstance(v, a) else '.' for a in abcs)
    print(f'{type(v).__name__:26}', row)


# the one-trick ABCs look at the class's methods
class WithLen:
    def __len__(self):
        return 0


class NoHash:
    __hash__ = None


class CallMe:
    def __call__(self):
        return 1


class WithContains:
    def __contains__(self, x):
        return True


class AllThree(WithLen, WithContains):
    def __iter__(self):
        return iter(())


for cls in [WithLen, NoHash, CallMe, WithContains, AllThree]:
    print(cls.__name__, [a.__name__ for a in [Hashable, Callable, Sized, Container, Iterable,
                                               Collection] if issubclass(cls, a)])

# an attribute of the instance does not count
obj = Foo()
obj.__len__ = lambda: 3
print(isinstance(obj, Sized))
# setting the dunder to None opts out
class OptOut(AllThree):
    __iter__ = None
print(issubclass(OptOut, Iterable), issubclass(OptOut, Collection), issubclass(OptOut, Sized))
print(issubclass(list, Awaitable), issubclass(list, Coroutine), issubclass(list, AsyncIterable))
