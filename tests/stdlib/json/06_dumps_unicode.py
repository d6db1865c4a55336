import json

cases = ["caf\u00e9", "\u00ff", "\u0100", "\u20ac", "\u4e2d\u6587",
         "\U0001F600", "\U0001F468\u200d\U0001F469", "\uffff", "\U00010000",
         "\U0010FFFF", "\u2028\u2029", "\u00a0", "\ufeff"]
for s in cases:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False) == '"' + s + '"')
print(json.dumps("\u00e9\U0001F600", ensure_ascii=False).encode("utf-8"))
print(json.dumps(["\u00e9", {"\u00fc": "\u00f1"}]))
print(json.dumps(["\u00e9", {"\u00fc": "\u00f1"}], ensure_ascii=False).encode("utf-8"))
# uppercase vs lowercase hex digits
print(json.dumps("\u00ab\u00cd\u00ef"))
print(json.dumps("\U0001D11E"))
# round trip
for s in cases:
    assert json.loads(json.dumps(s)) == s
    assert json.loads(json.dumps(s, ensure_ascii=False)) == s
print("round trips ok")
print(len(json.dumps("\U0001F600")), len(json.dumps("\U0001F600", ensure_ascii=False)))
