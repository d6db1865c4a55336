# The collections.abc aliases in isinstance/issubclass (allowed unsubscripted only)
import collections
import typing


class Caller:
    def __call__(self):
        return 0


aliases = [typing.Iterable, typing.Iterator, typing.Sized, typing.Container,
           typing.Collection, typing.Sequence, typing.MutableSequence, typing.Mapping,
           typing.MutableMapping, typing.AbstractSet, typing.MutableSet, typing.Hashable,
           typing.Reversible, typing.Generator, typing.KeysView, typing.List, typing.Dict,
           typing.Set, typing.FrozenSet, typing.Tuple, typing.Type, typing.Deque,
           typing.DefaultDict, typing.Counter, typing.OrderedDict, typing.ChainMap,
           typing.Callable, typing.ByteString, typing.Awaitable]
values = [[1], (1,), {1: 2}, {1}, frozenset(), "s", b"b", iter([]), (x for x in ()),
          collections.deque(), collections.Counter(), 3, None, int, Caller()]
for a in aliases:
    print(repr(a).ljust(22), ''.join('1' if isinstance(v, a) else '.' for v in values))
print()
for a in aliases:
    print(repr(a).ljust(22), ''.join('1' if issubclass(type(v), a) else '.' for v in values))
for f in (lambda: isinstance([], typing.List[int]),
          lambda: issubclass(list, typing.List[int]),
          lambda: isinstance({}, typing.Mapping[str, int]),
          lambda: issubclass(typing.List[int], list),
          lambda: isinstance([], (int, typing.Sequence[int]))):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
