import heapq

data = [5, 1, 8, 3, 9, 2, 8, 7, 1, 6]
for n in [0, 1, 2, 3, 5, 10, 11, 100]:
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
for n in [-1, -5]:
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
print(heapq.nlargest(3, []), heapq.nsmallest(1, []), heapq.nlargest(1, [7]), heapq.nsmallest(0, []))
print(heapq.nlargest(2, "hello"), heapq.nsmallest(2, "hello"), heapq.nlargest(2, (4.5, 1, 9.25)))
print(heapq.nlargest(3, range(100)), heapq.nsmallest(3, range(100, 0, -1)))
print(heapq.nlargest(2, iter(data)), heapq.nsmallest(4, (x % 7 for x in range(20))))
print(heapq.nlargest(2, {3: "a", 1: "b", 2: "c"}), heapq.nsmallest(2, {5, 1, 4}))
print(heapq.nlargest(True, data), heapq.nsmallest(False, data))
print(data)
