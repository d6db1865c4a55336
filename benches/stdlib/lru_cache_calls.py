# A memoized recursive function, called many times with hits.
import functools

@functools.lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)

total = 0
for i in range(100000):
    total += paths(i % 60, (i * 7) % 60)
print(total % 1000003, paths.cache_info().currsize)
