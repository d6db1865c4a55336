def f(a, b):
    return a + b
def g(a, b=1):
    return a * b
def h():
    return 0
def k(a, *, b):
    return a
ident = lambda x: x
tests = [
    lambda: f(1, 2, 3),
    lambda: g(1, 2, 3),
    lambda: h(1),
    lambda: h(1, 2),
    lambda: k(1, 2),
    lambda: ident(1, 2),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
