# A priority queue: pushes and pops.
import heapq
import random
random.seed(3)
h = []
for _ in range(100000):
    heapq.heappush(h, random.random())
out = [heapq.heappop(h) for _ in range(50000)]
print(round(out[0], 6), len(h), heapq.nsmallest(3, range(1000, 0, -1)))
