# Sorting keys of mixed, unorderable types: by type name when < fails.
import pprint

print(pprint.pformat({1: "int", "a": "str", None: "none", 2.5: "float", (1,): "tuple", b"b": "bytes"}))
print(pprint.pformat({3: 1, "z": 2, 1: 3, "a": 4, None: 5}))
print(pprint.pformat({3, 1, 2}))
mixed = {"b", 3, "a", 1, (2,), (1,), None, 1.5}
print(pprint.pformat(mixed, width=20))
print(pprint.pformat({"x": 1, 2: "y", frozenset(): "f"}, width=10))
print(pprint.pformat({1: "a", True: "b"}))
print(pprint.pformat({2j: "complex", 1: "int"}))
print(pprint.pformat({(1, "a"): 1, (0, 2): 2, (2, "b"): 3}, width=5))


class Key:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return self.n < other.n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n

    def __repr__(self):
        return "Key(%d)" % self.n


print(pprint.pformat({Key(3): "c", Key(1): "a", Key(2): "b"}))
print(pprint.pformat({Key(2), Key(1), Key(3)}, width=10))
print(pprint.pformat({Key(1): 1, "s": 2, 0: 3}))
