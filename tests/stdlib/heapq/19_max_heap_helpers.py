import heapq

h = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
heapq._heapify_max(h)
print(h)
print(heapq._heappop_max(h), h)
print(heapq._heapreplace_max(h, 0), h)
print(heapq._heapreplace_max(h, 100), h)
out = []
while h:
    out.append(heapq._heappop_max(h))
print(out)
w = ["b", "d", "a", "c"]
heapq._heapify_max(w)
print(w)
print(repr(heapq._heapify_max), repr(heapq._heappop_max), repr(heapq._heapreplace_max))
