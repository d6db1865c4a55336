import functools

@functools.lru_cache(maxsize=2)
def f(x):
    print("  miss", x)
    return x

def run(seq):
    for x in seq:
        f(x)
    print(seq, f.cache_info())

run([1, 2])        # cache: 1, 2
run([1])           # hit 1: order is now 2, 1
run([3])           # evicts 2 (least recently used)
run([1])           # still cached
run([2])           # miss, evicts 3
run([3, 1, 2])

@functools.lru_cache(maxsize=3)
def g(x):
    print("  g miss", x)
    return x
for x in "abcabdaec":
    g(x)
print(g.cache_info())
g.cache_clear()
print(g.cache_info())
g("a")
print(g.cache_info())

# a cached call that raises is not stored
@functools.lru_cache(maxsize=2)
def fail(x):
    print("  fail call", x)
    if x < 0:
        raise ValueError("negative")
    return x
for x in [-1, -1, 5]:
    try:
        fail(x)
    except ValueError as e:
        print(type(e).__name__, e)
print(fail.cache_info())
