import heapq

h = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(h)
print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(out[-1], h)
print(out)
f = [2.5, -1.0, 3.25, 0.0, -7.5]
heapq.heapify(f)
print([heapq.heappop(f) for _ in range(len(f))])
dups = [3, 1, 3, 1, 2, 2]
heapq.heapify(dups)
print(dups)
r = heapq.heappop(dups)
print(r, dups)
r = heapq.heappop(dups)
print(r, dups)
