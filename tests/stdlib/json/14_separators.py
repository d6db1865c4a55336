import json

data = {"a": [1, 2, 3], "b": {"c": None}}
print(repr(json.dumps(data)))
print(repr(json.dumps(data, separators=(",", ":"))))
print(repr(json.dumps(data, separators=(", ", ": "))))
print(repr(json.dumps(data, separators=(" , ", " = "))))
print(repr(json.dumps(data, separators=[";", "->"])))
# default separators with indent drop the trailing space after ','
print(repr(json.dumps(data, indent=2)))
print(repr(json.dumps(data, indent=2, separators=(", ", ": "))))
print(repr(json.dumps(data, indent=2, separators=(",", ":"))))
enc = json.JSONEncoder()
print(repr(enc.item_separator), repr(enc.key_separator))
enc = json.JSONEncoder(indent=4)
print(repr(enc.item_separator), repr(enc.key_separator))
enc = json.JSONEncoder(separators=(",", ":"))
print(repr(enc.item_separator), repr(enc.key_separator))
print(enc.encode([1, {"x": 2}]))
print(list(enc.iterencode([1, {"x": 2}])))
# wrong shapes
for seps in [(",",), ("a", "b", "c"), 5]:
    try:
        json.dumps([1], separators=seps)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
