import heapq

h = [1, 3, 2, 7, 4, 5]
heapq.heapify(h)
print(h)
for v in [0, 10, 3, 3, -5, 6]:
    r = heapq.heapreplace(h, v)
    print("replace", v, "returned", r, h)
one = [42]
r = heapq.heapreplace(one, 7)
print(r, one)
r = heapq.heapreplace(one, 99)
print(r, one)
s = ["m", "c", "x"]
heapq.heapify(s)
print(heapq.heapreplace(s, "a"), s)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError:", e)
