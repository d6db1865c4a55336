from collections.abc import MutableMapping


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, key):
        return self._d[key.lower()]

    def __setitem__(self, key, value):
        self._d[key.lower()] = value

    def __delitem__(self, key):
        del self._d[key.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s["Hello"] = 1
s.update({"WORLD": 2}, Extra=3)
print(dict(s), s.setdefault("HELLO", 9), s.setdefault("New", 4))
print(s.pop("world"), s.pop("missing", None), s.popitem(), dict(s))
try:
    s.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
s.clear()
print(len(s), dict(s))
try:
    s.popitem()
except KeyError as e:
    print(type(e).__name__, e.args)
print(isinstance(s, MutableMapping), s == {}, Store.__hash__ is None)
s["A"] = 1
t = Store()
t["a"] = 1
print(s == t, s == {"a": 1}, s != {"a": 2}, list(s.items()))
