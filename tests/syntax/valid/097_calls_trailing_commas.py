def f(a, b=0, *args, **kwargs):
    return a
f(1, 2,)
f(1, b=2,)
f(*[1],)
f(**{"a": 1},)
f(
    1,
    *[3],
    c=2,
    **{"d": 4},
)
