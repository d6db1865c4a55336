import functools

@functools.cache
def fact(n):
    print("fact", n)
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(5))
print(fact(6))
print(fact(3))
print(fact.cache_info())
print(fact.cache_parameters())
print(fact.__name__, fact.__wrapped__.__name__)
fact.cache_clear()
print(fact.cache_info())
print(fact(2))

# cache keeps everything, and keys by arguments including keywords
@functools.cache
def kw(a, *, b=1):
    print("kw", a, b)
    return (a, b)
kw(1); kw(1, b=1); kw(1); kw(1, b=1)
print(kw.cache_info())

# results are returned by identity
@functools.cache
def fresh(n):
    return [n]
r1 = fresh(1)
r1.append("mutated")
print(fresh(1), fresh(1) is r1)
try:
    functools.cache()
except TypeError as e:
    print(type(e).__name__, e)
try:
    fresh([1])
except TypeError as e:
    print(type(e).__name__, e)

# zero arguments is a single key
@functools.cache
def config():
    print("loading config")
    return {"debug": True}
print(config() is config(), config.cache_info())
