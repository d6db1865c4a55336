def f(*args):
    return args

def g(**kwargs):
    return kwargs

def h(a, b=2, *args, **kwargs):
    return a, b, args, kwargs

def i(*args, **kwargs):
    return args, kwargs
print(f(1, 2), g(x=1), h(1, 2, 3, y=4), i())
