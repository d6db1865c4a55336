# f(g(x)): g fails, and the marks point at the inner call.
def g(x):
    return x['key']

def f(v):
    return v * 2

data = {'key': 21}
print(f(g(data)))
print(f(g([1, 2])))
