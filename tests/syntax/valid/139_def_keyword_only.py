def f(a, *, b):
    return a + b

def g(*, key=None, reverse=False):
    return key, reverse

def h(a, *args, b, c=3, **kw):
    return a, args, b, c, kw

def i(*, x):
    return x
print(f(1, b=2), g(), h(1, 2, b=5), i(x=0))
