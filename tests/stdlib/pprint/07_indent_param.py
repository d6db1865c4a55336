# The indent parameter: extra spaces after each opening bracket and per nesting level.
import pprint

data = [{"name": "a" * 20, "values": list(range(10))}, ("t" * 30, "u" * 30), ["x" * 25, ["y" * 25]]]
for ind in [0, 1, 2, 4, 8]:
    print("indent", ind)
    pprint.pprint(data, indent=ind, width=40)
pprint.pprint({"k": {"k2": list(range(20))}}, indent=3, width=30)
pprint.pprint(set(range(15)), indent=4, width=30)
print(pprint.pformat([1, 2], indent=4))
print(pprint.pformat([1, 2], indent="2"))
