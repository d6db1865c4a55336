import json

lone = ["\ud800", "\udfff", "\udc00", "a\ud83db", "\ude00\ud83d"]
for s in lone:
    print(json.dumps(s))
# ensure_ascii=False keeps the lone surrogate as-is
for s in lone:
    out = json.dumps(s, ensure_ascii=False)
    print(ascii(out), len(out))
# a properly formed pair in a str is a single astral code point
pair = "\U0001F600"
print(json.dumps(pair), len(pair))
# two surrogate code points side by side are not combined in Python str
s = "\ud83d\ude00"
print(len(s), json.dumps(s))
print(json.dumps(s) == json.dumps(pair))
# loads combines escaped pairs but keeps lone ones
print(ascii(json.loads('"\\ud83d\\ude00"')))
print(ascii(json.loads('"\\ud800"')))
print(ascii(json.loads('"\\udc00\\ud800"')))
print(ascii(json.loads(json.dumps("\ud800x"))))
