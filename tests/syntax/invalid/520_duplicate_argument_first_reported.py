def f(a, a=1, *, b, **b):
    pass
