def gen():
    x = yield
    y = yield x
    z = yield from range(2)
    print(x, y, z)

def f():
    return 1, 2
a, b = f()
