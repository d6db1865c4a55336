def f(a, b=1, c="two", d=None, e=[], f={}, g=(1, 2)):
    return a, b, c, d, e, f, g

def g(x=1 + 2, y=-1, z=lambda: 0, w=[i for i in range(2)]):
    return x, y, z(), w
print(f(0), g())
