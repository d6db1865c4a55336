import functools

def plain(x):
    """Plain docstring."""
    return x + 1

a = functools.lru_cache(plain)
b = functools.lru_cache()(plain)
c = functools.lru_cache(maxsize=4, typed=True)(plain)
d = functools.lru_cache(None)(plain)
for w in (a, b, c, d):
    print(w(1), w.__wrapped__ is plain, w.__name__, w.__doc__, w.cache_parameters())
print(type(a).__name__)
print(a.__qualname__, a.__module__)
print(sorted(vars(a)))

@functools.lru_cache
def no_parens(x):
    "np"
    return x
@functools.lru_cache()
def empty_parens(x):
    return x
@functools.lru_cache(64)
def positional(x):
    return x
for fn in (no_parens, empty_parens, positional):
    fn(1); fn(1)
    print(fn.__name__, fn.cache_info())

# the wrapper is a distinct object with a fresh cache each time
a2 = functools.lru_cache(plain)
a(5)
print(a is a2, a.cache_info().currsize, a2.cache_info().currsize)

# __wrapped__ bypasses the cache
count = []
@functools.lru_cache
def counted(x):
    count.append(x)
    return x
counted(1); counted(1); counted.__wrapped__(1)
print(count, counted.cache_info())

# wrapping a lambda, a builtin and a class
lam = functools.lru_cache(lambda x: x * 3)
print(lam(2), lam.__name__)
blen = functools.lru_cache(len)
print(blen("abcd"), blen("abcd"), blen.cache_info(), blen.__name__)
class K:
    def __init__(self, v):
        self.v = v
ck = functools.lru_cache(K)
print(ck(1) is ck(1), ck(1) is ck(2), ck.__name__)
try:
    functools.lru_cache(maxsize=2, typed=True, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
