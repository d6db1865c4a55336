def show(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)
show()
show(1, 2)
show(a=1)
show(1, *[2, 3], x=4, **{"y": 5})
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3))
def opts(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(opts(1, c=3))
print(opts(1, 5, 6, 7, c=8, e=9))
print(opts(c=0, a=1, z=2))
