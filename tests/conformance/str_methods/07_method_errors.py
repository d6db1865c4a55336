tests = [
    lambda: "abc".replace("a"),
    lambda: "abc".split(1),
    lambda: "abc".startswith(["a"]),
    lambda: "abc".center("x"),
    lambda: "abc".upper(1),
    lambda: "abc".find(),
    lambda: "abc".nosuch(),
    lambda: "x".join("a", "b"),
]
for t in tests:
    try:
        print(t())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
