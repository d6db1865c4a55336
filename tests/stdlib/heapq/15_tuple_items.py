import heapq

tasks = []
heapq.heappush(tasks, (2, "write code"))
heapq.heappush(tasks, (5, "release"))
heapq.heappush(tasks, (1, "write spec"))
heapq.heappush(tasks, (3, "create tests"))
heapq.heappush(tasks, (2, "review"))
print(tasks)
while tasks:
    print(heapq.heappop(tasks), tasks)
h = [(1, 2, "b"), (1, 1, "z"), (0, 9), (1,), (1, 1, "a")]
heapq.heapify(h)
print(h)
print([heapq.heappop(h) for _ in range(5)])
counter = 0
pq = []
for prio, name in [(3, "x"), (1, "y"), (3, "z"), (1, "w"), (2, "v")]:
    heapq.heappush(pq, (prio, counter, name))
    counter += 1
print(pq)
print([heapq.heappop(pq)[2] for _ in range(len(pq))])
try:
    heapq.heappush([(1, "a")], (1, 2))
except TypeError as e:
    print("TypeError:", e)
lists = [[3, "c"], [1, "a"], [2, "b"]]
heapq.heapify(lists)
print(lists, heapq.nsmallest(2, lists), heapq.nlargest(1, lists))
