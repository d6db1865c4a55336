# Sets and frozensets: sorted when broken over lines; frozenset keeps its name.
import pprint

pprint.pprint(set(range(25)))
pprint.pprint(frozenset(range(25)))
pprint.pprint(set(range(25)), width=30)
pprint.pprint({"pear", "apple", "fig", "banana", "cherry", "date", "elderberry", "grape", "kiwi"}, width=40)
pprint.pprint(frozenset({"pear", "apple", "fig", "banana", "cherry", "date", "elderberry", "grape"}), width=30)
pprint.pprint([set(range(20, 0, -1)), frozenset()], width=40)
pprint.pprint({(3, "c"), (1, "a"), (2, "b"), (10, "j" * 30)}, width=30)
class MySet(set):
    pass
class MyFrozen(frozenset):
    pass
pprint.pprint(MySet(range(30)), width=30)
pprint.pprint(MyFrozen(range(30)), width=30)
print(pprint.pformat(set()), pprint.pformat(frozenset()), pprint.pformat(MySet()))
print(pprint.pformat({1, 2, 3}), pprint.pformat(frozenset({1})))
