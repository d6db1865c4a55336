import time

# thread_time: CPU time of the current thread
a = time.thread_time()
b = time.thread_time()
print(type(a).__name__, a <= b)

t0 = time.thread_time()
n = 0
while time.thread_time() - t0 < 0.02:
    n += 1
print(n > 0, time.thread_time() - t0 >= 0.02)

# sleeping does not count
t0 = time.thread_time()
time.sleep(0.05)
print(time.thread_time() - t0 < 0.04)

s1 = time.thread_time()
ns = time.thread_time_ns()
s2 = time.thread_time()
print(type(ns).__name__, s1 * 1e9 - 1e6 <= ns <= s2 * 1e9 + 1e6)

info = time.get_clock_info('thread_time')
print(info.monotonic, info.adjustable, type(info.implementation).__name__,
      0 < info.resolution <= 1)
for f in [time.thread_time, time.thread_time_ns]:
    try:
        f(0)
    except TypeError as e:
        print(type(e).__name__, e)
