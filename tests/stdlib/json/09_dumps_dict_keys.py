import json

print(json.dumps({}))
print(json.dumps({"a": 1}))
print(json.dumps({1: "int", 2: "two"}))
print(json.dumps({-5: 0, 0: 0, 10 ** 20: 0}))
print(json.dumps({1.5: "f", 2.0: "g", -0.0: "z", 1e16: "e"}))
print(json.dumps({True: "t", False: "f"}))
print(json.dumps({None: "n"}))
print(json.dumps({None: 0, True: 1, 2: 2, 3.5: 3, "s": 4}))
# keys that collide after conversion both appear
print(json.dumps({1: "int", "1": "str"}))
print(json.dumps({True: "bool", "true": "str"}))
# the decoder gives them all back as strings
print(json.loads(json.dumps({1: "a", 2.5: "b", None: "c", False: "d"})))
# unsupported key types
for d in [{(1, 2): 3}, {b"k": 1}, {frozenset(): 1}, {1j: 2}]:
    try:
        json.dumps(d)
    except TypeError as e:
        print(type(e).__name__, e)


class K:
    pass


try:
    json.dumps({K(): 1})
except TypeError as e:
    print(type(e).__name__, e)
# the Python encoder (iterencode) reports the same message
try:
    list(json.JSONEncoder().iterencode({(1,): 2}))
except TypeError as e:
    print(type(e).__name__, e)
