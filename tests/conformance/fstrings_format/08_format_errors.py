tests = [
    lambda: format(1.5, "d"),
    lambda: format("abc", "d"),
    lambda: format(5, "s"),
    lambda: "{} {}".format(1),
    lambda: "{0} {2}".format(1, 2),
    lambda: "{x}".format(y=1),
    lambda: "}".format(),
    lambda: "{".format(),
    lambda: "{0[5]}".format([1]),
    lambda: format(3, ",s"),
]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
