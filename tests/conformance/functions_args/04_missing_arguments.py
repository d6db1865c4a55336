def f(a, b):
    return a + b
def g(a, b, c, d=0):
    return a
def k(*, key, other):
    return key
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: g(1),
    lambda: g(),
    lambda: f(b=2),
    lambda: k(),
    lambda: k(key=1),
    lambda: k(1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
