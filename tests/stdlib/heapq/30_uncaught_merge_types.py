import heapq

m = heapq.merge([1, 3, 5], ["b", "d"])
print(next(m))
print(list(m))
