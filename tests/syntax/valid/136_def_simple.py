def f():
    return 1

def g(x):
    return x

def h(x, y):
    return x + y

def nothing():
    return
print(f(), g(2), h(1, 2), nothing())
