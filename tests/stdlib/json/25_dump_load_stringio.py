import io
import json

buf = io.StringIO()
json.dump({"name": "x", "vals": [1, 2.5, None]}, buf)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
buf = io.StringIO()
json.dump([1, {"a": True}], buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO('  {"x": [1, 2]}  \n')))
print(json.load(io.StringIO("[1, 2]"), object_hook=dict))
print(json.load(io.StringIO('{"a": 1, "a": 2}'), object_pairs_hook=list))
print(json.load(io.BytesIO(b'{"b": "\xc3\xa9"}')) == {"b": "\u00e9"})
try:
    json.load(io.StringIO("[1, 2"))
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    json.load(io.StringIO(""))
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
