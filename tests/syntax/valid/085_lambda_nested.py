add = lambda x: lambda y: x + y
compose = lambda f, g: lambda *a: f(g(*a))
inc = add(1)
print(inc(5), compose(str, inc)(1))
pairs = sorted([(1, 'b'), (0, 'a')], key=lambda p: (p[1], -p[0]))
