from collections import defaultdict

d = defaultdict(int)
print(d["a"], dict(d))
d.default_factory = None
print(d["a"])
try:
    d["b"]
except KeyError as e:
    print("caught", e)
print(repr(d))
d.default_factory = list
d["c"].append(1)
print(d)
d.default_factory = None
print("about to fail")
print(d["missing key"])
print("not reached")
