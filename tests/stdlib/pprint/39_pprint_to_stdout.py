# pprint writes one newline-terminated block per call; it returns None.
import pprint

r = pprint.pprint([1, 2, 3])
print(r)
pprint.pprint("")
pprint.pprint(b"")
pprint.pprint(())
pprint.pprint({"a": None})
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3, compact=True, sort_dicts=False)
pp.pprint({"z": [1, [2, [3, [4]]]], "a": list(range(15))})
print(pp.pformat("x"))
print(pprint.PrettyPrinter.__name__, pprint.PrettyPrinter.__module__, pprint.PrettyPrinter.__qualname__)
print(callable(pprint.PrettyPrinter.pprint), callable(pprint.PrettyPrinter.format))
