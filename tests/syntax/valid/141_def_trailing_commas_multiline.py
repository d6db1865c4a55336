def f(
    a,
    b=1,
    *args,
    c,
    d=2,
    **kwargs,
):
    return a

def g(a, b,):
    return a

def h(*, k,):
    return k

def i(a, /,):
    return a
