import time
t0 = time.time()
p0 = time.perf_counter()
r = time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
print(r, type(t0).__name__, type(p0).__name__)
print(t1 >= t0, p1 - p0 >= 0.005, p1 - p0 < 5)
print(t0 > 1_600_000_000)
start = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
