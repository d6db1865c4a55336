def outer():
    x = 0
    y = 0
    def inner():
        nonlocal x, y
        x += 1
        y = x * 2
    def deeper():
        def deepest():
            nonlocal x
            x = 100
        deepest()
    inner()
    deeper()
    return x, y
print(outer())
