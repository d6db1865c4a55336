import functools

calls = []

@functools.lru_cache
def square(x):
    calls.append(x)
    return x * x

print(square.cache_info())
print(square(3), square(3), square(4), square(3))
print(calls)
info = square.cache_info()
print(info)
print(info.hits, info.misses, info.maxsize, info.currsize)
print(type(info).__name__, info == (2, 2, 128, 2), tuple(info))
print(info._fields)
hits, misses, maxsize, currsize = info
print(hits + misses, maxsize)
print(square.cache_parameters())

square.cache_clear()
print(square.cache_info())
print(square(3), calls)
print(square.cache_info())

# keyword and positional spellings are different keys
@functools.lru_cache(maxsize=128)
def add(a, b=0):
    print("compute", a, b)
    return a + b
add(1, 2)
add(1, b=2)
add(a=1, b=2)
add(b=2, a=1)
add(1, 2)
print(add.cache_info())
# 1 and 1.0 and True are the same key when typed=False
add(1)
add(1.0)
add(True)
print(add.cache_info())
print(add(1.0), type(add(True)).__name__)
