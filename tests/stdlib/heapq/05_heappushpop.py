import heapq

h = [2, 4, 6, 8, 10]
for v in [1, 2, 3, 11, 5, 2]:
    r = heapq.heappushpop(h, v)
    print("pushpop", v, "returned", r, h)
empty = []
print(heapq.heappushpop(empty, 5), empty)
a = [3]
r = heapq.heappushpop(a, 3)
print(r, a)
r = heapq.heappushpop(a, 4)
print(r, a)
for start, v in [([1, 5], 3), ([5, 7], 1), ([5, 7], 5)]:
    x = list(start)
    y = list(start)
    rx = heapq.heappushpop(x, v)
    ry = heapq.heapreplace(y, v)
    print(start, v, "pushpop:", rx, x, "replace:", ry, y)
item = [0]
lst = [[1], [2]]
print(heapq.heappushpop(lst, item) is item, lst)
