import json

data = {"a": [1, 2], "b": {"c": True}}
# indent=0 inserts newlines only
print(repr(json.dumps(data, indent=0)))
print(json.dumps(data, indent=0))
# indent=None is the compact single-line form
print(repr(json.dumps(data, indent=None)))
# a string indent is used as-is
print(repr(json.dumps(data, indent="\t")))
print(json.dumps(data, indent="--"))
print(repr(json.dumps([1], indent="")))
print(repr(json.dumps({"x": [1, {"y": 2}]}, indent=" ")))
# the JSONEncoder attribute keeps what was given
print(repr(json.JSONEncoder(indent="\t").indent), json.JSONEncoder(indent=3).indent)
print(json.JSONEncoder().indent)
# indent with tuples
print(json.dumps((1, (2, 3)), indent=2))
