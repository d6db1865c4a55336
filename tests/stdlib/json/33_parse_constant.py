import json

print(json.loads("[NaN, Infinity, -Infinity]", parse_constant=str))
print(json.loads("[NaN, Infinity, -Infinity]", parse_constant=lambda s: None))
seen = []
json.loads('{"a": NaN, "b": [-Infinity]}', parse_constant=lambda s: seen.append(s))
print(seen)


def reject(name):
    raise ValueError("invalid JSON constant: " + name)


try:
    json.loads('{"x": 1, "y": NaN}', parse_constant=reject)
except ValueError as e:
    print(type(e).__name__, e)
print(json.loads("[1.0, 2]", parse_constant=reject))
# null, true, false are not constants
print(json.loads("[null, true, false]", parse_constant=reject))
# spelling matters
for s in ["nan", "NAN", "infinity", "-infinity", "+Infinity", "-NaN", "Inf"]:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), "->", e)
v = json.loads("-Infinity")
print(v, type(v).__name__)
