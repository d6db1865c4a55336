import heapq

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6, 4]:
    heapq.heappush(h, v)
    print(v, h)
s = []
for w in ["pear", "apple", "fig", "banana", "cherry", "apple"]:
    heapq.heappush(s, w)
print(s)
desc = []
for v in range(10, 0, -1):
    heapq.heappush(desc, v)
print(desc)
asc = []
for v in range(10):
    heapq.heappush(asc, v)
print(asc)
print(heapq.heappush(asc, -1), asc)
