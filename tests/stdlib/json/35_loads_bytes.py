import json

data = {"k": "\u00e9\u4e2d\U0001F600", "n": [1, 2]}
text = json.dumps(data, ensure_ascii=False)
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be",
            "utf-8-sig", "utf-16", "utf-32"]:
    raw = text.encode(enc)
    print(enc, json.loads(raw) == data)
# short documents
print(json.loads(b"1"), json.loads(b"[]"), json.loads("1".encode("utf-16-le")))
print(json.loads('"x"'.encode("utf-16-be")), json.loads(b"\xef\xbb\xbf[2]"))
print(json.loads(bytearray(b'{"ba": true}')))
print(json.detect_encoding(b"{}"), json.detect_encoding(b"\x00{"), json.detect_encoding(b"{\x00"))
print(json.detect_encoding(b"\xef\xbb\xbf{}"), json.detect_encoding(b"\xff\xfe{\x00"))
print(json.detect_encoding(b"{\x00\x00\x00"), json.detect_encoding(b"\x00\x00\x00{"))
print(json.detect_encoding(b""), json.detect_encoding(b"x"))
# a BOM in a str is an error
try:
    json.loads("\ufeff[1]")
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
# invalid utf-8
try:
    json.loads(b'"\xff\xfe\xfd"')
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
# wrong types
for v in [1, None, [b"x"], memoryview(b"1")]:
    try:
        json.loads(v)
    except TypeError as e:
        print(type(e).__name__, e)
