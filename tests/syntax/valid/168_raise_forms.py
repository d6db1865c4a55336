def f(n):
    if n == 0:
        raise ValueError
    if n == 1:
        raise ValueError("one")
    if n == 2:
        raise ValueError("two") from None
    if n == 3:
        try:
            {}["x"]
        except KeyError as e:
            raise RuntimeError("three") from e
    if n == 4:
        raise TypeError(n) from KeyError("k")
    raise
