# compact=True packs as many items per line as fit.
import pprint

pprint.pprint(list(range(60)), compact=True)
pprint.pprint(list(range(60)), width=30, compact=True)
words = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed", "do"] * 3
pprint.pprint(words, width=40, compact=True)
pprint.pprint(tuple(words), width=40, compact=True)
pprint.pprint([list(range(10))] * 4, width=40, compact=True)
pprint.pprint([list(range(30)), "x", "y"], width=40, compact=True)
pprint.pprint({"key": list(range(40))}, width=40, compact=True)
pprint.pprint(set(range(40)), width=40, compact=True)
pprint.pprint(["a" * 38, "b", "c" * 39, "d"], width=40, compact=True)
pprint.pprint(list(range(20)), width=20, indent=3, compact=True)
pprint.pprint([1, [2, 3] * 10, 4], width=15, compact=True)
