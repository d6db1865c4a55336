d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, 1 in d, type(d).__name__)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
del d["b"]
d["b"] = 20
print(d)
print(dict(x=1, y=2), dict([("k", "v")]), dict(zip("ab", [1, 2])), dict())
print({}, {1: {2: {}}})
