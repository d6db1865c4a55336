import json

for s in ['"a\nb"', '"tab\there"', '"\x00"', '"\x1f"', '"cr\r"']:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), "->", e)
    print(repr(s), repr(json.loads(s, strict=False)))
print(json.loads('{"k\ney": "v\tal"}', strict=False))
dec = json.JSONDecoder(strict=False)
print(dec.strict, json.JSONDecoder().strict)
print(repr(dec.decode('["\x01\x02"]')))
# DEL is never a control character for JSON
print(repr(json.loads('"\x7f"')))
# strict=False does not allow bad escapes or raw controls outside strings
try:
    json.loads('"\\q"', strict=False)
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads('[1,\x002]', strict=False)
except json.JSONDecodeError as e:
    print(e)
