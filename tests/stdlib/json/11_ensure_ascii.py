import json

obj = {"caf\u00e9": ["na\u00efve", "\u2603", "\U0001F40D", "plain"]}
a = json.dumps(obj)
b = json.dumps(obj, ensure_ascii=False)
print(a)
print(b.encode("utf-8"))
print(a.isascii(), b.isascii())
print(len(a), len(b))
print(json.loads(a) == json.loads(b) == obj)
# control chars are escaped either way
print(json.dumps("\u00e9\n\t\x00", ensure_ascii=False).encode("utf-8"))
print(json.dumps("\u00e9\n\t\x00", ensure_ascii=True))
# DEL and non-ASCII latin-1 range
print(json.dumps("\x7f\x80\x9f\xa0"))
print(ascii(json.dumps("\x7f\x80\x9f\xa0", ensure_ascii=False)))
# with indent and sort_keys
print(json.dumps({"\u00e9": 1, "e": 2}, ensure_ascii=False, sort_keys=True).encode())
print(json.dumps({"\u00e9": 1, "e": 2}, sort_keys=True, indent=1))
# JSONEncoder attribute
print(json.JSONEncoder().ensure_ascii, json.JSONEncoder(ensure_ascii=False).ensure_ascii)
print(list(json.JSONEncoder(ensure_ascii=False).iterencode(["\u00e9"]))[0].encode())
print(json.JSONEncoder(ensure_ascii=True).encode("\u00e9"))
