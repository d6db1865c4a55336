import heapq

h = []
for v in [4, 2, 6]:
    heapq.heappush(h, v)
print(h)
while True:
    print(heapq.heappop(h))
