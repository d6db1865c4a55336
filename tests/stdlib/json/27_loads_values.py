import json

for s in ["null", "true", "false", "0", "-0", "1", "-1", "123456789012345678901234567890",
          "1.0", "-0.0", "1.5e3", "1E3", "1e-3", "2.5E+2", "1e400", "-1e400", "0.1",
          '""', '"abc"', "[]", "{}", "[1, 2]", '{"a": 1}', "NaN", "Infinity", "-Infinity"]:
    v = json.loads(s)
    print(repr(s), type(v).__name__, repr(v))
print(json.loads('[null, true, false, 1, 1.0, "s", [], {}]'))
print(json.loads('{"n": null, "list": [1, [2, [3]]], "obj": {"k": "v"}}'))
print(json.loads("-0") == 0, repr(json.loads("-0.0")))
print(json.loads("1E400") == float("inf"))
v = json.loads("NaN")
print(v != v)
print(json.loads("12345678901234567890") + 1)
print(json.loads('"\\u0041\\u00e9"') == "A\u00e9")
print(type(json.loads("[]")).__name__, type(json.loads("{}")).__name__)
