from collections.abc import MutableMapping


class LowerDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f'LowerDict({self._d})'


d = LowerDict({'A': 1}, B=2)
print(d)
d.update([('C', 3)], D=4)
d.update({'e': 5})
print(d, len(d))
print(d.pop('a'), d.pop('zz', 'dflt'))
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
print(d.setdefault('X', 10), d.setdefault('x', 20), d)
d['Y'] = 7
del d['y']
print(d)
try:
    del d['nope']
except KeyError as e:
    print(type(e).__name__, e)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.update(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([('a', 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d |= {'Q': 1}
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(LowerDict, '__ior__'), hasattr(LowerDict, '__or__'))
print(sorted(MutableMapping.__abstractmethods__))


class Partial(MutableMapping):
    def __getitem__(self, k): ...
    def __iter__(self): ...
    def __len__(self): ...


try:
    Partial()
except TypeError as e:
    print(e)
