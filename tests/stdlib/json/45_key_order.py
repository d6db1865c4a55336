import json

d = {}
for k in ["zeta", "alpha", "mid", "beta", "0", "10", "9"]:
    d[k] = len(k)
print(json.dumps(d))
print(list(json.loads(json.dumps(d))))
print(list(json.loads('{"c": 1, "a": 2, "b": 3}')))
print(list(json.loads('{"c": 1, "a": 2, "c": 3}')))
# a duplicate key keeps its first position but the last value
print(json.loads('{"c": 1, "a": 2, "c": 3}'))
d = {"x": 1, "y": 2}
del d["x"]
d["x"] = 3
print(json.dumps(d))
d = dict.fromkeys("dcba", 0)
print(json.dumps(d), json.dumps(d, sort_keys=True))
print(json.dumps({3: "a", 1: "b", 2: "c"}))
# insertion order survives indent and nested objects
print(json.dumps({"b": {"y": 1, "x": 2}, "a": [{"q": 1, "p": 2}]}, indent=1))
print(json.dumps(dict(zip("qwerty", range(6)))))
