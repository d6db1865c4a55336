import json

print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": 2, "b": 3}'))
print(json.loads('{}', object_pairs_hook=list))
print(json.loads('{"x": {"y": 1, "y": 2}}', object_pairs_hook=tuple))


def no_dupes(pairs):
    keys = [k for k, _ in pairs]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise ValueError("duplicate keys: " + ", ".join(dup))
    return dict(pairs)


print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=no_dupes))
try:
    json.loads('{"a": 1, "b": 2, "a": 3, "b": 4}', object_pairs_hook=no_dupes)
except ValueError as e:
    print(type(e).__name__, e)
# object_pairs_hook takes priority over object_hook
print(json.loads('{"k": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))
# pairs arrive as a list of 2-tuples in document order
seen = []
json.loads('{"z": 1, "y": {"q": 2}, "x": 3}', object_pairs_hook=lambda p: seen.append(p) or dict(p))
print(seen)
print([type(p).__name__ for p in seen], type(seen[0][0]).__name__)
# build a multidict
def multi(pairs):
    out = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return out


print(json.loads('{"tag": "a", "tag": "b", "id": 1}', object_pairs_hook=multi))
print(json.JSONDecoder(object_pairs_hook=list).decode('{"a": [{"b": 1}]}'))
