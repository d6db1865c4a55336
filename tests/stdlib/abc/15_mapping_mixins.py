from collections.abc import Mapping, KeysView, ItemsView, ValuesView


class Upper(Mapping):
    def __init__(self, **kw):
        self._d = {k.upper(): v for k, v in kw.items()}

    def __getitem__(self, key):
        return self._d[key.upper()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


m = Upper(a=1, b=2, c=3)
print(m['a'], m['B'], len(m))
print(m.get('c'), m.get('z'), m.get('z', 0))
print('a' in m, 'A' in m, 'z' in m)
print(list(m.keys()), list(m.values()), list(m.items()))
print(type(m.keys()).__name__, type(m.items()).__name__, type(m.values()).__name__)
print(isinstance(m.keys(), KeysView), isinstance(m.items(), ItemsView),
      isinstance(m.values(), ValuesView))
print(m.keys() & {'A', 'X'}, m.keys() | {'Z'} == {'A', 'B', 'C', 'Z'})
print(('A', 1) in m.items(), ('A', 2) in m.items(), 3 in m.values())
print(m == {'A': 1, 'B': 2, 'C': 3}, m == {'a': 1}, m != {})
print(dict(m), sorted(m))
print(repr(m.keys())[:10])
try:
    m['zz']
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(Mapping.__abstractmethods__))
print(Upper.__hash__, hasattr(m, '__setitem__'), hasattr(m, 'pop'))
print(isinstance({}, Mapping), isinstance(m, dict), issubclass(dict, Mapping))
print(isinstance([], Mapping), isinstance(type({}.keys()), type))
print(isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView))
try:
    len(Mapping.keys(m) - {'A'})
    print(sorted(Mapping.keys(m) - {'A'}))
except TypeError as e:
    print(type(e).__name__, e)
