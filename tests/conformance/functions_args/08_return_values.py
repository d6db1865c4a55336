def nothing():
    pass
def pair():
    return 1, 2
def early(x):
    if x:
        return "yes"
def many():
    return [1], {"a": 1}, None
print(nothing(), pair(), type(pair()).__name__)
a, b = pair()
print(a, b, early(1), early(0))
lst, d, n = many()
print(lst, d, n)
def returns_function():
    def inner(x):
        return x * 3
    return inner
print(returns_function()(5))
print((lambda: None)(), (lambda *a: a)(1, 2))
