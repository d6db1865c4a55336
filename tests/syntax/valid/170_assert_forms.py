x = 1
assert x
assert x == 1, "x must be one"
assert (x), "parenthesized test"
assert isinstance(x, int), f"bad type {type(x)}"
assert x > 0 and x < 10, (
    "message on next line"
)
assert not None
