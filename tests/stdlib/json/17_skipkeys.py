import json

d = {"a": 1, (1, 2): 2, "b": 3, b"x": 4, 5: 5, frozenset(): 6}
try:
    json.dumps(d)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps(d, skipkeys=True))
print(json.dumps(d, skipkeys=True, indent=2))
print(json.dumps({(1,): 1}, skipkeys=True))
print(json.dumps({(1,): 1, "a": 2}, skipkeys=True))
print(json.dumps({"a": 2, (1,): 1}, skipkeys=True))
print(json.dumps([{(1,): 1}, {(): 2, "k": 3}], skipkeys=True))
print("".join(json.JSONEncoder(skipkeys=True).iterencode({(1,): 1, "a": 2, (): 3})))
print(list(json.JSONEncoder(skipkeys=True).iterencode({(1,): 1, "a": 2, (): 3})))
print(json.JSONEncoder(skipkeys=True).skipkeys, json.JSONEncoder().skipkeys)
# skipkeys does not skip bad values
try:
    json.dumps({"a": {1, 2}}, skipkeys=True)
except TypeError as e:
    print(type(e).__name__, e)
