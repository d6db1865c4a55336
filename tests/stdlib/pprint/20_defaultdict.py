# defaultdict prints its factory on the first line and a sorted dict below.
import pprint
from collections import defaultdict

dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry cranberry coconut date".split():
    dd[word[0]].append(word)
pprint.pprint(dd)
pprint.pprint(dd, width=30)
pprint.pprint(defaultdict(int))
pprint.pprint(defaultdict(None, {"k": "v" * 80}))
nested = defaultdict(dict, {"outer": defaultdict(set, {"inner": {1, 2, 3}})})
pprint.pprint(nested, width=30)
class MyDD(defaultdict):
    pass
pprint.pprint(MyDD(int, {i: i * i for i in range(12)}), width=40)
pprint.pprint([defaultdict(str, a="x" * 50)], width=40)
pprint.pprint(defaultdict(list, {"k": 1}), width=1)
