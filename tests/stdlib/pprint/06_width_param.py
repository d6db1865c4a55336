# The width parameter at many values, including tiny and negative widths.
import pprint

data = {"alpha": [1, 2, 3], "beta": ("x", "y"), "gamma": {"inner": "value"}}
for w in [200, 80, 50, 30, 20, 10, 5, 1, -1, -100]:
    print("width", w)
    print(pprint.pformat(data, width=w))
print(pprint.pformat(list(range(5)), width=16))
print(pprint.pformat(list(range(5)), width=15))
print(pprint.pformat([1, 2], width=True))
print(pprint.pformat([1, 2], width=6.9))
print(pprint.pformat([1, 2], width="7"))
