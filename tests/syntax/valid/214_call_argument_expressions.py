def f(*a, **k):
    return a, k
x = 1
r = f(x if x else 0, a=x if x else 0, b=lambda: x, *[x], c=[i for i in range(x)])
s = f(not x, -x, x and 1, key=not x)
t = f((yield_ := 1), y=(x := 2))
u = f(*(1, 2), *range(2), **dict(a=1), **{"b": 2})
print(r, s, t, u)
