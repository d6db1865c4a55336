import heapq

h = []
for f in [heapq.heappop, lambda x: heapq.heapreplace(x, 1)]:
    try:
        f(h)
    except IndexError as e:
        print("IndexError:", e)
h = [3]
print(heapq.heappop(h), h)
try:
    heapq.heappop(h)
except IndexError as e:
    print("IndexError:", e, h)
heapq.heappush(h, 4)
print(h, heapq.heappushpop([], 1))
try:
    max_heap = []
    heapq._heappop_max(max_heap)
except IndexError as e:
    print("IndexError:", e)
try:
    heapq._heapreplace_max([], 1)
except IndexError as e:
    print("IndexError:", e)
print(heapq.nlargest(5, []), list(heapq.merge([], [])))
