import time

pairs = [(time.time, time.time_ns), (time.monotonic, time.monotonic_ns),
         (time.perf_counter, time.perf_counter_ns),
         (time.process_time, time.process_time_ns)]
for fs, fns in pairs:
    s1 = fs()
    n = fns()
    s2 = fs()
    ok = s1 * 1e9 - 1e6 <= n <= s2 * 1e9 + 1e6
    print(fns.__name__, type(n).__name__, ok, n > 0 or fns is not time.time_ns)

# ns clocks are ints and monotonic ones are non-decreasing
vals = [time.monotonic_ns() for _ in range(1000)]
print(all(type(v) is int for v in vals), vals == sorted(vals))
vals = [time.perf_counter_ns() for _ in range(1000)]
print(vals == sorted(vals))

# time_ns is large enough not to fit in a float exactly
n = time.time_ns()
print(n > 2 ** 53, len(str(n)) >= 19)
print(abs(n / 1e9 - time.time()) < 5)

# elapsed time measured in ns is consistent with seconds
a, an = time.perf_counter(), time.perf_counter_ns()
sum(range(50000))
b, bn = time.perf_counter(), time.perf_counter_ns()
print(abs((b - a) * 1e9 - (bn - an)) < 5e6)

for f in [time.time_ns, time.monotonic_ns, time.perf_counter_ns]:
    try:
        f(None)
    except TypeError as e:
        print(type(e).__name__, e)
