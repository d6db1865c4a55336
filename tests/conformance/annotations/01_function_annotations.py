def f(a: int, b: str = 'x', *args: float, c: bool, d: list = None, **kw: dict) -> tuple:
    pass

for k, v in f.__annotations__.items():
    print(k, v)
print(list(f.__annotations__))

def g(x, y=1, *, z):
    pass

print(g.__annotations__, type(g.__annotations__).__name__)

def h(p: 'forward', /, q: 1 + 2, r: None = None) -> 'ret':
    pass

print(h.__annotations__)

def only_ret() -> int:
    pass

print(only_ret.__annotations__)
lam = lambda a, b=2: a
print(lam.__annotations__)
f.__annotations__ = {'new': 1}
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__)
try:
    f.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__, e)
