import functools

@functools.lru_cache(maxsize=32)
def mean(values):
    print("  computing mean of", values)
    return sum(values) / len(values)

print(mean((1, 2, 3)))
print(mean((1, 2, 3)))
print(mean.cache_info())
print(mean(tuple([4, 5, 6])))
print(mean.cache_info())
try:
    mean({"a": 1})
except TypeError as e:
    print("caught:", e)
print(mean.cache_info())
print(mean([4, 5, 6]))
