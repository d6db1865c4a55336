def outer():
    x = "outer"
    def modify():
        nonlocal x
        x = "modified"
    def read():
        return x
    print(read())
    modify()
    print(read(), x)
outer()
def counter():
    n = 0
    def step(by=1):
        nonlocal n
        n += by
        return n
    return step
s = counter()
print(s(), s(5), s())
def two_levels():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v *= 10
        inner()
        inner()
    mid()
    return v
print(two_levels())
