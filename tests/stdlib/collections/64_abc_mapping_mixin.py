from collections.abc import Mapping, MutableMapping


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(a=1, b=2)
print(f["a"], f.get("b"), f.get("z"), f.get("z", 0), "a" in f, "z" in f, len(f))
print(list(f.keys()), list(f.values()), list(f.items()))
print(type(f.keys()).__name__, type(f.items()).__name__, type(f.values()).__name__)
print(f == {"a": 1, "b": 2}, f == Frozen(b=2, a=1), f != {"a": 1}, f == [("a", 1)])
print(dict(f), ("a", 1) in f.items(), 2 in f.values(), f.keys() & {"a", "q"})
try:
    f["z"]
except KeyError as e:
    print(type(e).__name__, e)
print(hasattr(f, "__setitem__"), Frozen.__hash__ is None, f.__reversed__ is None)


class Incomplete(Mapping):
    def __getitem__(self, key):
        return 1


try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)
