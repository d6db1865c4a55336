# Lists too wide for one line: one item per line, nested lists indented under their bracket.
import pprint

pprint.pprint(list(range(30)))
pprint.pprint(list(range(12)), width=20)
pprint.pprint([["alpha", "beta", "gamma"], ["delta", "epsilon"], list(range(20))])
pprint.pprint([["alpha", "beta", "gamma"], ["delta", "epsilon"], list(range(20))], width=25)
pprint.pprint([[[[["deep"] * 5] * 2] * 2]], width=30)
pprint.pprint(["x" * 40, "y" * 40])
pprint.pprint([{"id": i, "name": "item%d" % i, "ok": i % 2 == 0} for i in range(4)])
pprint.pprint([[], [[]], [[], []]], width=5)
pprint.pprint([1, [2, [3, [4, [5, [6]]]]]], width=12)
