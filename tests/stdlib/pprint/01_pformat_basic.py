# pformat/pprint of scalars and short containers: identical to repr when it fits.
import pprint

for obj in [0, -5, 3.25, 1e100, float("inf"), 2j, True, None, "text", "it's", 'say "hi"', b"bytes",
            bytearray(b"ba"), [], (), {}, set(), frozenset(), [1, 2, 3], (1,), (1, 2), {"a": 1},
            {1, 2, 3}, frozenset({4}), [[1, [2, [3]]]], {"k": [1, (2, 3)]}, range(3), Ellipsis, len, int]:
    s = pprint.pformat(obj)
    print(s, s == repr(obj))
pprint.pprint("printed")
pprint.pprint([1, "two", 3.0])
print(pprint.pprint({}) is None)
print(type(pprint.pformat(1)).__name__)
print(repr(pprint.pformat("")))
print(pprint.__all__)
