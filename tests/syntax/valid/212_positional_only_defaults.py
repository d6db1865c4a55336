def f(a, b=1, /, c=2):
    return a, b, c

def g(a=1, /, b=2):
    return a, b

def h(a, /, *args, **kwargs):
    return a, args, kwargs
print(f(0), g(), h(1, 2, a=3))
