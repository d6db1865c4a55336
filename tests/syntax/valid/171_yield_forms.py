def gen():
    yield
    yield 1
    yield 1, 2
    yield (1, 2)
    yield *[1, 2], 3
    x = yield
    y = yield x
    z = (yield)
    print((yield), z)
    w = yield from range(3)
    return w
g = gen()
print(next(g))
