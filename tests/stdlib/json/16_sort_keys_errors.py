import json

for d in [{1: "a", "b": 2}, {"b": 2, 1: "a"}, {None: 1, "a": 2}, {1.5: 1, "x": 2},
          {None: 1, 2: 2}, {True: 1, None: 2}]:
    try:
        print(json.dumps(d, sort_keys=True))
    except TypeError as e:
        print(type(e).__name__, e)
# the pure-Python encoder path raises the same
try:
    list(json.JSONEncoder(sort_keys=True).iterencode({1: "a", "b": 2}))
except TypeError as e:
    print(type(e).__name__, e)
# with indent too
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True, indent=2)
except TypeError as e:
    print(type(e).__name__, e)
# skipkeys does not help: sorting happens first
try:
    json.dumps({"a": 1, (1,): 2}, sort_keys=True, skipkeys=True)
except TypeError as e:
    print(type(e).__name__, e)
# without sort_keys the mixed dict is fine
print(json.dumps({1: "a", "b": 2, None: 3}))
