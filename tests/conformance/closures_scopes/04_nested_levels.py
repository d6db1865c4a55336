def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            c = 3
            return a + b + c
        return level3
    return level2
print(level1()()())
def outer():
    val = "first"
    def get():
        return val
    val = "second"
    return get
print(outer()())
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def get():
        return n
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get())
