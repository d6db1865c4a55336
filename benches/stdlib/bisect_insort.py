# Keeping a list sorted with insort; looking values up with bisect.
import bisect
xs = []
for i in range(60000):
    bisect.insort(xs, (i * 7919) % 60013)
hits = sum(bisect.bisect_left(xs, v) for v in range(0, 60000, 3))
print(len(xs), xs[:3], hits)
