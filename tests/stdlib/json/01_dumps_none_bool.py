import json

print(json.dumps(None))
print(json.dumps(True))
print(json.dumps(False))
print(repr(json.dumps(None)), type(json.dumps(None)).__name__)
print(json.dumps([None, True, False]))
print(json.dumps({"a": None, "b": True, "c": False}))
print(json.dumps((None,)))
# bool is an int subclass but still encodes as true/false
print(json.dumps([True + 0, False + 0]))
print(json.dumps([1 == 1, 1 == 2]))
# the same values as keys become strings
print(json.dumps({None: 1, True: 2, False: 3}))
print(json.dumps({True: None}))
print(json.dumps(None, indent=2))
print(json.dumps(True, sort_keys=True))
print(json.dumps(False, separators=(",", ":")))
print(json.loads(json.dumps([None, True, False])))
print(json.dumps(None) == "null", json.dumps(True) == "true")
