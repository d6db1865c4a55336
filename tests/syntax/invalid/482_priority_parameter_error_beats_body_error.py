def f(x=1, y):
    return = 1
