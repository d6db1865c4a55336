import heapq

h = [1, 3, 5]
try:
    heapq.heappush(h, "x")
except TypeError as e:
    print("TypeError:", e)
print(h)
h = [1, "a", 2]
try:
    heapq.heapify(h)
except TypeError as e:
    print("TypeError:", e)
print(h)
h = [1, 2, 3, "z"]
try:
    heapq.heappop(h)
except TypeError as e:
    print("TypeError:", e)
print(h)
h = [1, 2, 3]
try:
    heapq.heappushpop(h, None)
except TypeError as e:
    print("TypeError:", e)
print(h)
h = [1, 2, 3]
try:
    heapq.heapreplace(h, None)
except TypeError as e:
    print("TypeError:", e)
print(h)


class Boom:
    def __lt__(self, other):
        raise ValueError("no order")


h = [0, 1]
try:
    heapq.heappush(h, Boom())
except ValueError as e:
    print("ValueError:", e)
print(len(h), type(h[-1]).__name__)
try:
    heapq.nsmallest(2, [3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
