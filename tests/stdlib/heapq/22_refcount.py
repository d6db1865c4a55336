import heapq
import sys

item = ["payload"]
base = sys.getrefcount(item)
h = []
heapq.heappush(h, (1, item))
print("after push:", sys.getrefcount(item) - base)
heapq.heappush(h, (0, ["other"]))
popped = heapq.heappop(h)
print("after popping the other:", sys.getrefcount(item) - base, popped)
del popped
t = heapq.heappop(h)
print("popped ours, still held by t:", sys.getrefcount(item) - base, h)
del t
print("after del t:", sys.getrefcount(item) - base)
a = [3]
b = [1]
ba = sys.getrefcount(a)
bb = sys.getrefcount(b)
heap = [a]
r = heapq.heappushpop(heap, b)
print(r is b, sys.getrefcount(a) - ba, sys.getrefcount(b) - bb)
r = heapq.heapreplace(heap, b)
print(r is a, sys.getrefcount(a) - ba, sys.getrefcount(b) - bb)
del r, heap
print(sys.getrefcount(a) - ba, sys.getrefcount(b) - bb)
big = [[i] for i in range(5)]
bb0 = sys.getrefcount(big[2])
res = heapq.nsmallest(3, big)
print(res, sys.getrefcount(big[2]) - bb0)
del res
print(sys.getrefcount(big[2]) - bb0)
