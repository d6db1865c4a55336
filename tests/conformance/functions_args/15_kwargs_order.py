def f(**kw):
    return list(kw.items())
print(f(b=1, a=2, c=3))
print(f(**{"z": 1}, y=2, **{"x": 3}))
def g(a, *args, **kw):
    return a, args, kw
print(g(*range(4), **dict(k=1)))
print(g(a=[1]))
def h(x, y=None, *rest, **opts):
    print(x, y, rest, sorted(opts.items()))
h(1)
h(1, 2, 3, 4, q=5, p=6)
