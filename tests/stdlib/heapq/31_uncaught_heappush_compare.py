import heapq

h = []
heapq.heappush(h, (1, "a"))
heapq.heappush(h, (2, "b"))
print(h)
heapq.heappush(h, (1, None))
print(h)
