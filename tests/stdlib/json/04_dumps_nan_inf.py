import json

nan = float("nan")
inf = float("inf")
print(json.dumps(nan), json.dumps(inf), json.dumps(-inf))
print(json.dumps([nan, inf, -inf]))
print(json.dumps({"a": nan, "b": -inf}))
print(json.dumps({nan: 1, inf: 2, -inf: 3}))
for v in [nan, inf, -inf, [1.0, inf], {"k": nan}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print(type(e).__name__, e)
# keys are checked too
try:
    json.dumps({inf: 1}, allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
# finite floats are fine with allow_nan=False
print(json.dumps([1.5, -0.0, 1e308], allow_nan=False))
# the pure-Python iterencode path gives the same message
try:
    list(json.JSONEncoder(allow_nan=False).iterencode([nan]))
except ValueError as e:
    print(type(e).__name__, e)
print(list(json.JSONEncoder().iterencode([nan, inf])))
enc = json.JSONEncoder(allow_nan=False)
try:
    enc.encode(-inf)
except ValueError as e:
    print(type(e).__name__, e)
# loads accepts the constants back
r = json.loads(json.dumps([nan, inf, -inf]))
print(r[0] != r[0], r[1], r[2])
