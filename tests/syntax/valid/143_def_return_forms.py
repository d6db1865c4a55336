def a():
    return

def b():
    return None

def c():
    return 1, 2

def d():
    return (1, 2)

def e(xs):
    return *xs, 0

def f():
    return [
        1,
    ]

def g(x):
    return x if x else -x
print(a(), b(), c(), d(), e([1]), f(), g(0))
