import json


def show(s):
    try:
        json.loads(s)
        print(repr(s), "parsed?!")
    except json.JSONDecodeError as e:
        print(repr(s), "|", e.msg, "|", e.pos, e.lineno, e.colno)


for s in ["{", "{ ", "{1: 2}", "{'a': 1}", "{a: 1}", '{"a" 1}', '{"a"}', '{"a",1}',
          '{"a": 1,}', '{"a": 1, }', '{"a": 1 "b": 2}', '{"a": 1;"b": 2}', '{"a": 1',
          '{"a": 1 ', '{,}', '{"a": 1,,"b": 2}', '[1 2]', '[1;2]', '[1', '[1 ', '[[1]',
          '{"a": [1}', '[{"a": 1]', '{\n  "a": 1,\n  "b" 2\n}', '{\n"x":\n1\n,\n}']:
    show(s)
