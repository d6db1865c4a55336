def f(a, *, ):
    pass
