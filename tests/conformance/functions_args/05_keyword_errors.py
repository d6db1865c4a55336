def f(a, b=2):
    return a + b
def g(**kw):
    return kw
tests = [
    lambda: f(1, c=3),
    lambda: f(1, a=2),
    lambda: f(1, **{"b": 2, "zz": 3}),
    lambda: f(**{"a": 1}, a=2),
    lambda: g(**[1, 2]),
    lambda: f(*5),
    lambda: g(**{1: 2}),
    lambda: len(obj=[1]),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
