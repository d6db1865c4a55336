def f(*, a=1, b):
    return a, b

def g(x, /, *, y=0, z):
    return x, y, z

def h(*args, a=1, b, c=3, **kw):
    return args, a, b, c, kw
print(f(b=2), g(1, z=2), h(b=0))
