import sys, math, time, random
limit = sys.getrecursionlimit()
sys.setrecursionlimit(limit)
size = sys.getsizeof([1, 2, 3])
refs = sys.getrefcount(None)
t0 = time.perf_counter()
random.seed(42)
n = random.randint(1, 6)
print(math.sqrt(16), math.floor(2.5), math.inf, math.pi, time.time() > 0, 1 <= n <= 6)
