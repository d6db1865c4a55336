import time

start = time.monotonic()
r = time.sleep(0.01)
elapsed = time.monotonic() - start
print(r, elapsed >= 0.009, elapsed < 2)

start = time.perf_counter()
for _ in range(3):
    time.sleep(0.005)
elapsed = time.perf_counter() - start
print(elapsed >= 0.014, elapsed < 2)

# sleeping does not consume CPU time (with a generous margin)
p0 = time.process_time()
time.sleep(0.05)
print(time.process_time() - p0 < 0.04)

start = time.monotonic()
time.sleep(0)
time.sleep(0.0)
time.sleep(False)
print(time.monotonic() - start < 1)

class Secs:
    def __float__(self):
        return 0.01
class Zero:
    def __index__(self):
        return 0
print(time.sleep(Zero()))

import fractions

for bad in [-1, -0.001, float('nan'), float('-inf'), '1', None, [0.1], 1j, 10 ** 30, fractions.Fraction(1, 100), Secs()]:
    try:
        time.sleep(bad)
        print('slept', bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(bad).__name__, type(e).__name__, e)
for args in [(), (0.1, 0.1)]:
    try:
        time.sleep(*args)
    except TypeError as e:
        print(type(e).__name__, e)
