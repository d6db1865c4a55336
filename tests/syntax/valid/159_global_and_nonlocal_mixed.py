g = 1
def f():
    h = 2
    def inner():
        global g
        nonlocal h
        g, h = h, g
    inner()
    return h
print(f(), g)
