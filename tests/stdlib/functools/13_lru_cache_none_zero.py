import functools

@functools.lru_cache(maxsize=None)
def unbounded(n):
    print("unbounded miss", n)
    return n * 2

for n in [1, 2, 3, 1, 2, 3, 4, 1]:
    unbounded(n)
print(unbounded.cache_info())
print(unbounded.cache_parameters())

@functools.lru_cache(maxsize=0)
def never(n):
    print("never miss", n)
    return n
never(1)
never(1)
never(2)
print(never.cache_info())
print(never.cache_parameters())

# negative maxsize behaves as 0
@functools.lru_cache(maxsize=-5)
def neg(n):
    print("neg miss", n)
    return n
neg(1)
neg(1)
print(neg.cache_info(), neg.cache_parameters())

@functools.lru_cache(1)
def one(n):
    print("one miss", n)
    return n
one(1); one(1); one(2); one(1)
print(one.cache_info())

try:
    functools.lru_cache(maxsize="big")
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.lru_cache(1.5)
except TypeError as e:
    print(type(e).__name__, e)
# a bool maxsize is an int
@functools.lru_cache(True)
def b(n):
    return n
b(1); b(1)
print(b.cache_info(), b.cache_parameters())
