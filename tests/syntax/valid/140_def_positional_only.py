def f(a, b, /):
    return a + b

def g(a, /, b, *, c):
    return a, b, c

def h(a=1, /, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

def i(a, /):
    return a

def j(a, b=2, /, c=3):
    return a, b, c
print(f(1, 2), g(1, 2, c=3), h(c=0), i(1), j(1))
