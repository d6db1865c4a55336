def f(*args, **kwargs):
    return args, kwargs
f()
f(1)
f(1, 2)
f(a=1)
f(1, b=2)
f(1, 2, c=3, d=4)
f(
    1,
    2,
)
f(x=1,)
f(1,)
