# Counter prints its items most common first.
import pprint
from collections import Counter

c = Counter("the quick brown fox jumps over the lazy dog".split() * 3 + ["the"] * 2)
pprint.pprint(c)
pprint.pprint(c, width=40)
pprint.pprint(Counter())
pprint.pprint(Counter("mississippi"), width=20)
pprint.pprint(Counter({"a": 3, "b": 3, "c": 1, "d": -2}), width=10)
pprint.pprint({"letters": Counter("abracadabra")}, width=30)
class MyCounter(Counter):
    pass
pprint.pprint(MyCounter("aaabbc" * 10), width=15)
pprint.pprint(Counter({"x": 1}), width=1)
pprint.pprint(Counter(range(30)), compact=True, width=40)
