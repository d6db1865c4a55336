from collections import abc

names = ["Iterable", "Iterator", "Reversible", "Sized", "Container", "Collection",
         "Sequence", "MutableSequence", "Set", "MutableSet", "Mapping", "MutableMapping",
         "Hashable", "Callable", "Generator"]


def gen():
    yield 1


samples = [
    ("list", [1]), ("tuple", (1,)), ("str", "s"), ("bytes", b"b"), ("bytearray", bytearray()),
    ("range", range(3)), ("dict", {}), ("set", set()), ("frozenset", frozenset()),
    ("int", 1), ("None", None), ("list_iter", iter([])), ("generator", gen()),
    ("dict_keys", {}.keys()), ("dict_items", {}.items()), ("dict_values", {}.values()),
    ("function", gen), ("type", int), ("memoryview", memoryview(b"")),
    ("zip", zip()), ("map", map(abs, [])), ("enumerate", enumerate([])),
    ("reversed", reversed([])), ("lambda", lambda: 0), ("float", 1.5),
]
for label, obj in samples:
    flags = "".join("1" if isinstance(obj, getattr(abc, n)) else "." for n in names)
    print("%-12s %s" % (label, flags))
print(" " * 13 + "".join(n[0] for n in names))
print(issubclass(list, abc.MutableSequence), issubclass(tuple, abc.MutableSequence))
print(issubclass(dict, abc.MutableMapping), issubclass(frozenset, abc.MutableSet))
print(issubclass(str, abc.Sequence), issubclass(bytes, abc.ByteString))
print(isinstance([], abc.Hashable), isinstance((1, [2]), abc.Hashable))
print(abc.Iterable.__abstractmethods__, sorted(abc.Sequence.__abstractmethods__))
print(sorted(abc.MutableMapping.__abstractmethods__))
try:
    abc.Sequence()
except TypeError as e:
    print(type(e).__name__, e)
