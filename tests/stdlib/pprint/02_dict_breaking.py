# Dicts too wide for one line: one item per line, keys sorted, values aligned after the key.
import pprint

d = {"name": "Widget", "price": 12.5, "tags": ["tools", "metal", "small"], "stock": {"warehouse": 120, "shop": 4},
     "description": "A small widget used for all kinds of things"}
pprint.pprint(d)
pprint.pprint(d, width=40)
pprint.pprint(d, width=20)
nested = {"level1": {"level2": {"level3": {"level4": list(range(12)), "other": "x" * 30}}, "sibling": 1}}
pprint.pprint(nested)
pprint.pprint(nested, width=30)
pprint.pprint({i: "value number %d" % i for i in range(8)})
pprint.pprint({"z": 1, "a": 2, "m": {"y": 1, "b": 2}}, width=10)
pprint.pprint({(1, 2): "tuple key", (0, 5): "another", (1, 1): "x" * 60})
pprint.pprint({"k": {}}, width=1)
pprint.pprint({"a" * 50: "b" * 50})
