def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle

def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
print(outer(1)(2)(3), counter()())
