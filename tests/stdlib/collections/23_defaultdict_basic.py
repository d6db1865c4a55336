from collections import defaultdict

d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d["a"], d["b"], d["c"], sorted(d), len(d))
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()))
s = defaultdict(set)
for k, v in [("x", 1), ("y", 2), ("x", 3), ("x", 1)]:
    s[k].add(v)
print(sorted((k, sorted(v)) for k, v in s.items()))
f = defaultdict(lambda: "N/A")
f["known"] = "yes"
print(f["known"], f["unknown"], list(f.items()))
z = defaultdict(None, {"a": 1})
print(z.default_factory, z["a"])
e = defaultdict()
print(e.default_factory, len(e))
g = defaultdict(int, {"a": 5}, b=6)
print(g["a"], g["b"], g["zzz"], list(g.items()))
h = defaultdict(str, [("k", "v")])
print(h["k"], repr(h["missing"]), list(h.keys()))
t = defaultdict(tuple)
t["q"] += (1,)
t["q"] += (2,)
print(t["q"])
fl = defaultdict(float)
fl["pi"] += 3.5
print(fl["pi"], fl["e"])
dd = defaultdict(dict)
dd["u"]["name"] = "ann"
print(dd["u"], dd["v"])
print(isinstance(d, dict), type(d).__name__, defaultdict.__module__)
print(issubclass(defaultdict, dict), defaultdict.__mro__[1].__name__)
