class C:
    x = (yield)
