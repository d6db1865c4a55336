a = lambda: 0
b = lambda x: x
c = lambda x, y: x + y
d = lambda x, y=2: x * y
e = lambda *args: args
f = lambda **kw: kw
g = lambda *args, **kw: (args, kw)
h = lambda x, *, k: x + k
i = lambda a, /, b: a - b
j = lambda a, /, b=1, *c, d, e=2, **f: (a, b, c, d, e, f)
k = lambda *, key=None: key
print(a(), b(1), c(1, 2), d(3), e(1, 2), f(z=1), g(1, k=2), h(1, k=2), i(5, 3))
