import json

enc = json.JSONEncoder()
for name in ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys",
             "indent", "item_separator", "key_separator"]:
    print(name, repr(getattr(enc, name)))
print(enc.default.__name__, hasattr(enc, "encode"), hasattr(enc, "iterencode"))
enc = json.JSONEncoder(skipkeys=True, ensure_ascii=False, check_circular=False,
                       allow_nan=False, sort_keys=True, indent=2, separators=("; ", "= "))
for name in ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys",
             "indent", "item_separator", "key_separator"]:
    print(name, repr(getattr(enc, name)))
print(enc.encode({"b": [1], "a": 2}))
enc = json.JSONEncoder(default=lambda o: "dflt")
print(enc.encode([object()]))
# positional arguments are not accepted
try:
    json.JSONEncoder(True)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps([1], bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.loads("[1]", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
dec = json.JSONDecoder()
print(dec.strict, dec.object_hook, dec.object_pairs_hook)
print(dec.parse_constant("NaN") != 0, dec.parse_constant("-Infinity"))
print(json.__all__)
