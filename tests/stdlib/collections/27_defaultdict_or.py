from collections import defaultdict

a = defaultdict(int, {"x": 1, "y": 2})
b = {"y": 20, "z": 30}
r = a | b
print(type(r).__name__, r, r.default_factory)
r2 = b | a
print(type(r2).__name__, r2)
r3 = a | defaultdict(list, {"w": [0]})
print(type(r3).__name__, r3)
print(a)
alias = a
a |= {"q": 9}
print(a, a is alias)
a |= [("pairs", 1)]
print(a)
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a |= 5
except TypeError as e:
    print(type(e).__name__, e)
r["new"] += 1
print(r["new"], "new" in a)
merged = defaultdict(list)
for part in ({"a": 1}, {"b": 2}, {"a": 3}):
    merged |= {k: merged[k] + [v] for k, v in part.items()}
print(merged)
print(defaultdict(None, {1: 1}) | {2: 2})
print({1: 1} | defaultdict(set, {2: 2}))
