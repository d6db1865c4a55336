# The depth parameter: containers below the limit print as [...], (...), {...}.
import pprint

data = [1, [2, [3, [4, [5]]]], {"a": {"b": {"c": 1}}}, (1, (2, (3,))), set(), {}, []]
for depth in [1, 2, 3, 4, None]:
    print("depth", depth, pprint.pformat(data, depth=depth))
print(pprint.pformat(data, depth=2, width=20))
print(pprint.pformat({"x": [1, 2], "y": {}}, depth=1))
print(pprint.pformat(([],), depth=1), pprint.pformat(((1,),), depth=1), pprint.pformat([(1, 2)], depth=1))
print(pprint.pformat({1: {2: 3}}, depth=1), pprint.pformat({1: {}}, depth=1))
print(pprint.pformat([{1, 2}, frozenset({3})], depth=1))
import collections
print(pprint.pformat([collections.OrderedDict(a=1), collections.deque([1])], depth=1))
print(pprint.pformat([list(range(50))], depth=1, width=5))
print(pprint.pformat([[list(range(50))]], depth=2, width=5))
