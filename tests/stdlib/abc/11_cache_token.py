import abc
from abc import ABC, get_cache_token

t0 = get_cache_token()
print(type(t0).__name__)
print(get_cache_token() == t0)


class A(ABC):
    pass


class B(A):
    pass


# defining classes does not change the token
print(get_cache_token() == t0)


class X:
    pass


A.register(X)
t1 = get_cache_token()
print(t1 != t0, t1 > t0, t1 - t0)

# registering again something already registered does not change it
A.register(X)
print(get_cache_token() == t1)
A.register(B)
print(get_cache_token() == t1)

class Y:
    pass


B.register(Y)
B.register(int)
print(get_cache_token() - t1)

# a cache key pattern as used by functools.singledispatch
cache = {}
def lookup(cls):
    key = (cls, get_cache_token())
    if key not in cache:
        cache[key] = issubclass(cls, A)
    return cache[key]


class Z:
    pass


print(lookup(Z), len(cache))
A.register(Z)
print(lookup(Z), len(cache))
print(issubclass(Y, A), issubclass(int, A))
