import functools

@functools.lru_cache(maxsize=None, typed=True)
def t(x):
    print("typed miss", repr(x))
    return x

t(1)
t(1.0)
t(True)
t(1)
t(1.0)
print(t.cache_info())
print(t.cache_parameters())

@functools.lru_cache(maxsize=None)
def u(x):
    print("untyped miss", repr(x))
    return x
print(repr(u(1)), repr(u(1.0)), repr(u(True)))
print(u.cache_info())

# typed also applies to keyword values
@functools.lru_cache(typed=True)
def k(*, v):
    print("k miss", repr(v))
    return v
k(v=2); k(v=2.0); k(v=2)
print(k.cache_info())

# str and its subclass are separate keys only when typed
class S(str):
    pass
@functools.lru_cache(typed=True)
def s(x):
    print("s miss", type(x).__name__)
    return x
s("a"); s(S("a")); s("a")
print(s.cache_info())

@functools.lru_cache(typed=False)
def s2(x):
    print("s2 miss", type(x).__name__)
    return x
s2("a"); print(type(s2(S("a"))).__name__)
print(s2.cache_info())
# tuples: the element types are not part of the key, even when typed
@functools.lru_cache(typed=True)
def tup(x):
    print("tup miss", x)
    return x
tup((1, 2)); tup((1.0, 2.0))
print(tup.cache_info())
