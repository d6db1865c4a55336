import collections
from collections import abc

names = ["Iterable", "Reversible", "Sized", "Container", "Collection", "Sequence",
         "MutableSequence", "Mapping", "MutableMapping", "Hashable", "Set"]
samples = [
    ("deque", collections.deque()),
    ("defaultdict", collections.defaultdict(int)),
    ("Counter", collections.Counter()),
    ("OrderedDict", collections.OrderedDict()),
    ("ChainMap", collections.ChainMap()),
    ("namedtuple", collections.namedtuple("P", "x")(1)),
    ("UserDict", collections.UserDict()),
    ("UserList", collections.UserList()),
    ("UserString", collections.UserString("s")),
    ("odict_keys", collections.OrderedDict().keys()),
    ("odict_items", collections.OrderedDict().items()),
    ("deque_iter", iter(collections.deque())),
]
for label, obj in samples:
    flags = "".join("1" if isinstance(obj, getattr(abc, n)) else "." for n in names)
    print("%-12s %s" % (label, flags))
print(isinstance(iter(collections.deque()), abc.Iterator))
print(isinstance(reversed(collections.deque()), abc.Iterator))
print(isinstance(collections.OrderedDict(), dict), isinstance(collections.ChainMap(), dict))
print(isinstance(collections.Counter(), collections.defaultdict))
print(issubclass(collections.UserDict, abc.MutableMapping), issubclass(collections.UserDict, dict))
print(sorted(n for n in collections.__all__))
print(collections.abc.__name__, collections.abc is abc)
print(issubclass(collections.deque, abc.Reversible), issubclass(collections.ChainMap, abc.Reversible))
