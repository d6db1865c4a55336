# sort_dicts: sorted keys by default, insertion order with sort_dicts=False and with pp().
import pprint

d = {"zebra": 1, "apple": [3, 2, 1], "mango": {"z": 1, "a": 2}, "banana": "yellow " * 8}
pprint.pprint(d)
pprint.pprint(d, sort_dicts=False)
pprint.pp(d)
pprint.pp(d, sort_dicts=True)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
print(pprint.saferepr({"b": 1, "a": 2}))
pp = pprint.PrettyPrinter(sort_dicts=False, width=20)
pp.pprint({"second": 2, "first": 1, "third": [3, 3, 3]})
pprint.pprint({3: "c", 1: "a", 2: "b", -1: "neg", 2.5: "float"})
pprint.pprint({(2, "b"): 1, (1, "z"): 2, (1, "a"): 3})
pprint.pprint({"B": 1, "a": 2, "A": 3, "b": 4, "_": 5, "1": 6})
pprint.pprint({True: "t", False: "f", 0.5: "half"})
