# Tuples: like lists with parentheses; a one-item tuple keeps its trailing comma.
import pprint

pprint.pprint(tuple(range(30)))
pprint.pprint(("only one element that is long enough " * 3,))
pprint.pprint((("a" * 30,), ("b" * 30, "c" * 30)), width=40)
pprint.pprint((1,), width=1)
pprint.pprint(((1,), (2,), [3, (4,)]), width=8)
pprint.pprint(((),) * 3, width=5)
pprint.pprint(("first", ("nested", ("deeper", ("deepest" * 5,)))), width=30)
print(pprint.pformat((1, 2), width=3))
print(pprint.pformat(("x" * 10,), width=12))
