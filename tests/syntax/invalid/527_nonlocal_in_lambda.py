def f(x):
    return lambda: nonlocal x
