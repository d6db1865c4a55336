def memoize(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib(80))
print(len(fib.cache), sorted(fib.cache)[:5])
calls = []
def tracer(f):
    def w(*a):
        calls.append(a)
        return f(*a)
    return w
@tracer
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), calls)
