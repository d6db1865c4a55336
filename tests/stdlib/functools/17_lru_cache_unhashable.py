import functools

@functools.lru_cache
def total(xs):
    return sum(xs)

print(total((1, 2, 3)))
for arg in ([1, 2], {1: 2}, {3}, bytearray(b"x")):
    try:
        total(arg)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    total(xs=[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    total(((1, [2]),))
except TypeError as e:
    print(type(e).__name__, e)
print(total.cache_info())

# the unhashable check happens before the function runs
ran = []
@functools.lru_cache(maxsize=None)
def g(x):
    ran.append(x)
    return x
try:
    g([])
except TypeError as e:
    print(type(e).__name__, e, ran)
print(g.cache_info())

# maxsize=0 does not build a key, so unhashable arguments are fine
@functools.lru_cache(maxsize=0)
def h(x):
    return len(x)
print(h([1, 2, 3]), h.cache_info())

# a user class with __hash__ = None
class NoHash:
    __hash__ = None
try:
    g(NoHash())
except TypeError as e:
    print(type(e).__name__, e)

# __hash__ that raises propagates its own error
class BadHash:
    def __hash__(self):
        raise RuntimeError("no hash today")
try:
    g(BadHash())
except RuntimeError as e:
    print(type(e).__name__, e)
print(g.cache_info())
