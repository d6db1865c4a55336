def f(a, b):
    return *a, *b

def g(a):
    yield *a, 0
    yield 1, *a

def h(*args):
    return args
print(f([1], (2,)), list(g([5])), h(*f([1], [2])))
