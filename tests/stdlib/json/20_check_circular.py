import json

a = [1, 2]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(type(e).__name__, e)
d = {"k": 1}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(type(e).__name__, e)
# indirect cycle
x = {"list": []}
x["list"].append({"back": x})
try:
    json.dumps(x, indent=2)
except ValueError as e:
    print(type(e).__name__, e)
# via the Python encoder
try:
    list(json.JSONEncoder().iterencode(a))
except ValueError as e:
    print(type(e).__name__, e)
# a cycle through default=
class Node:
    pass


n = Node()
try:
    json.dumps(n, default=lambda o: o)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps(n, default=lambda o: [o])
except ValueError as e:
    print(type(e).__name__, e)
# check_circular=False: recursion instead of the circular message
for bad in [a, d]:
    try:
        json.dumps(bad, check_circular=False)
    except RecursionError as e:
        print("RecursionError caught")
    except ValueError as e:
        print("ValueError", e)
print(json.JSONEncoder(check_circular=False).check_circular)
# shared, acyclic structures are fine with both settings
s = [0]
print(json.dumps([s, s, {"s": s}]), json.dumps([s, s], check_circular=False))
