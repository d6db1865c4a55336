from collections import defaultdict
import copy

d = defaultdict(list, {"a": [1]})
c = d.copy()
print(type(c).__name__, c, c.default_factory is list)
c["a"].append(2)
c["b"].append(3)
print(d, c)
s = copy.copy(d)
print(s, s.default_factory, s["a"] is d["a"])
deep = copy.deepcopy(d)
deep["a"].append(99)
print(d, deep, deep.default_factory)
n = defaultdict(None, {"x": 1})
print(n.copy(), copy.copy(n).default_factory)
print(d.__copy__(), d.__copy__() is d)
print(d == {"a": [1]}, d == defaultdict(int, {"a": [1]}), d != {"a": [1], "b": []})
print({"a": [1]} == d, dict(d), type(dict(d)).__name__)
e = defaultdict(int)
e["x"]
print(e == {"x": 0}, e == {})
r = d.__reduce__()
print(r[0] is defaultdict, r[1], r[2], r[3], sorted(r[4]))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
nd = copy.deepcopy(nested)
nd["a"]["b"] += 10
nd["z"]["y"] += 1
print(nested["a"]["b"], nd["a"]["b"], nd["z"]["y"], sorted(nd))
x = defaultdict(list)
x["self"] = x
y = copy.deepcopy(x)
print(y["self"] is y, y["self"] is x)
