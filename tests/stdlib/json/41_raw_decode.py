import json

dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode("[1, 2][3]"))
print(dec.raw_decode("123abc"))
print(dec.raw_decode('"s" "t"'))
print(dec.raw_decode("null"))
print(dec.raw_decode("[1, 2]   "))
print(dec.raw_decode("  [1]", 2))
print(dec.raw_decode("xx[1]yy", 2))
print(dec.raw_decode("1.5e3,", 0))
# raw_decode does not skip leading whitespace itself
try:
    dec.raw_decode("  [1]")
except json.JSONDecodeError as e:
    print(e.msg, e.pos)
# parse a stream of concatenated documents
text = '{"id": 1} {"id": 2}\n[3, 4]  "five" 6'
pos, out = 0, []
while pos < len(text):
    while pos < len(text) and text[pos] in " \n":
        pos += 1
    if pos == len(text):
        break
    obj, pos = dec.raw_decode(text, pos)
    out.append(obj)
print(out, pos)
try:
    dec.raw_decode("[1, }", 0)
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.colno)
try:
    dec.raw_decode("[1]", 10)
except json.JSONDecodeError as e:
    print(e.msg, e.pos)
print(dec.decode(" [1] "), dec.decode("\n1\n"))
try:
    dec.decode("[1] x")
except json.JSONDecodeError as e:
    print(e)
