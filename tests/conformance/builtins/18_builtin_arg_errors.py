for f in [
    lambda: int(1, 2, 3),
    lambda: abs(),
    lambda: abs(1, 2),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: sorted(),
    lambda: zip(1),
    lambda: enumerate(5),
    lambda: round("1.5"),
    lambda: pow(2),
]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
