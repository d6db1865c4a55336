# pp(): pprint with sort_dicts=False by default, passing other arguments through.
import io
import pprint

data = {"z": [3, 2, 1], "a": {"y": 1, "b": 2}, "m": "text " * 20}
pprint.pp(data)
pprint.pp(data, width=30)
pprint.pp(data, sort_dicts=True)
pprint.pp(data, depth=1)
pprint.pp(list(range(40)), compact=True, width=40)
pprint.pp([1234567], underscore_numbers=True)
buf = io.StringIO()
pprint.pp({"b": 1, "a": 2}, buf)
pprint.pp({"b": 1, "a": 2}, stream=buf, indent=2, width=5)
print(repr(buf.getvalue()))
print(pprint.pp("x") is None)
