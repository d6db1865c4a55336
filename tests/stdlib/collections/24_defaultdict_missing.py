from collections import defaultdict

calls = []


def factory():
    calls.append(1)
    return len(calls) * 10


d = defaultdict(factory)
print(d.get("a"), d.get("a", "dflt"), len(d), len(calls))
print("a" in d, "a" not in d, len(d))
print(d["a"], d["a"], len(calls), dict(d))
print(d.__missing__("b"), dict(d), len(calls))
print(d.setdefault("c", "set"), d.setdefault("a", "unused"), len(calls))
print(d.pop("a"), d.pop("zz", "none"), len(calls))
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(list(d.items()))
n = defaultdict(None)
try:
    n["x"]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    n.__missing__(("t", 1))
except KeyError as e:
    print(type(e).__name__, e, e.args)
print(len(n))
d2 = defaultdict(list)
try:
    d2[[1]]
except TypeError as e:
    print(type(e).__name__, e)
print(len(d2))


def bad():
    raise ValueError("factory failed")


b = defaultdict(bad)
try:
    b["k"]
except ValueError as e:
    print(type(e).__name__, e, len(b))
try:
    defaultdict(lambda x: x)["k"]
except TypeError as e:
    print(type(e).__name__)
k = defaultdict(int)
k[1] += 1
k[1.0] += 1
k[True] += 1
print(dict(k))
