import json

data = {"a": [1, 2, {"b": None}], "c": {"d": [], "e": {}}, "f": "g"}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4))
print(json.dumps([1, [2, [3]]], indent=1))
print(json.dumps("scalar", indent=2))
print(json.dumps(5, indent=2))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps([[]], indent=2))
print(json.dumps({"k": {}}, indent=2))
# negative indent behaves like 0 (newlines, no spaces)
print(repr(json.dumps([1, 2], indent=-1)))
print(repr(json.dumps({"a": 1}, indent=3)))
# a large indent and indent combined with tuples and scalars in a list
print(json.dumps([1, (2,), "s"], indent=8))
