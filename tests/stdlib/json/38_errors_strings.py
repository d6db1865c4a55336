import json


def show(s, **kw):
    try:
        json.loads(s, **kw)
        print(repr(s), "parsed?!")
    except json.JSONDecodeError as e:
        print(repr(s), "|", e.msg, "|", e.pos, e.lineno, e.colno)


for s in ['"abc', '"', '["abc', '{"key', '{"a": "b', '"abc\\', '"\\', '[1, "x\n"]',
          '"\\x41"', '"\\a"', '"\\\'"', '"\\ "', '"\\U0041"', '"a\\', '"tab\tin"',
          '"\x00"', '"ok" "', '{"k\n": 1}', '"\\u00"', '"\\u00zz"', '"\\ud83d\\u"',
          '"\\ud83d\\uzzzz"', '\n\n  "unterminated', '["a", "b\\qc"]']:
    show(s)
show('"abc', strict=False)
show('"a\\qb"', strict=False)
