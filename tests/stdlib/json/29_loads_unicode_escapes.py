import json

cases = ['"\\u0041"', '"\\u00e9"', '"\\u00E9"', '"\\u4e2d"', '"\\uFFFF"', '"\\u0000"',
         '"\\ud83d\\ude00"', '"\\uD83D\\uDE00"', '"\\ud800"', '"\\udc00"',
         '"\\ud800\\u0041"', '"\\ud800x"', '"\\ud83d\\ud83d"', '"a\\u0062c"',
         '"\\n\\t\\r\\b\\f\\/\\\\\\""', '"\\u002F"', '"\\ud834\\udd1e"']
for s in cases:
    v = json.loads(s)
    print(s, ascii(v), len(v))
# raw non-ASCII characters pass through
print(json.loads('"\u00e9\U0001F600"') == "\u00e9\U0001F600")
print(ascii(json.loads('["\\u00e9", {"\\u00fc": 1}]')))
# escapes in keys
print(json.loads('{"\\u0061\\u0062": 1}'))
# bad \u escapes
for s in ['"\\u12"', '"\\u12G4"', '"\\uXYZW"', '"\\ud800\\u12"', '"\\u"']:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(s, "->", e.msg, e.pos)
