# Continuation lines of dict values line up under the value's first character.
import pprint

d = {
    "short": "s",
    "a_much_longer_key_name": ["value one", "value two", "value three", "value four"],
    "mid_key": {"inner_key": "inner value that is long enough to need wrapping across lines"},
    (1, 2): "tuple key with a long value to wrap around the width limit",
    42: list(range(12)),
}
pprint.pprint(d, width=50)
pprint.pprint(d, width=50, indent=3)
pprint.pprint(d, width=50, sort_dicts=False, compact=True)
pprint.pprint({"k": {"k": {"k": {"k": "v " * 20}}}}, width=30)
