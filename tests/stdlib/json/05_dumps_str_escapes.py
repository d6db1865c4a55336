import json

cases = ["", "abc", 'say "hi"', "back\\slash", "a/b", "tab\there",
         "new\nline", "cr\rret", "bs\bx", "ff\fx", "nul\x00x", "\x01\x02\x1f",
         "\x7f", "del\x7fend", "\x1b[0m", "'single'", "</script>"]
for s in cases:
    print(repr(s), json.dumps(s))
# every control character
print(json.dumps("".join(chr(i) for i in range(32))))
print(json.dumps("".join(chr(i) for i in range(32)), ensure_ascii=False))
print(json.dumps("\x00\x1f\"\\", ensure_ascii=False))
# escapes in keys too
print(json.dumps({"k\ney": "v\tal", 'q"': "\\"}))
print(len(json.dumps("\n" * 10)))


class MyStr(str):
    def __repr__(self):
        return "nope"


print(json.dumps(MyStr("sub\nclass")))
print(json.dumps({MyStr("k"): MyStr("v")}))
