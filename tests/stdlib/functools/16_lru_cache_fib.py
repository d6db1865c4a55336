import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(100))
print(fib.cache_info())
print(fib(50), fib.cache_info())
print([fib(i) for i in range(15)])

@functools.lru_cache
def lcs(a, b):
    if not a or not b:
        return 0
    if a[0] == b[0]:
        return 1 + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]))
print(lcs("AGGTABQX", "GXTXAYBQ"))
print(lcs.cache_info().currsize <= 128)

@functools.cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print(partitions(60, 60))
print(partitions.cache_info())

# a small maxsize makes the recursion recompute
@functools.lru_cache(maxsize=2)
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(20), slow_fib.cache_info())

# uncached calls vs cached calls
count = 0
def raw(n):
    global count
    count += 1
    return n if n < 2 else raw(n - 1) + raw(n - 2)
raw(15)
print("raw calls", count)
