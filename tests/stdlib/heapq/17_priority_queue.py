import heapq

REMOVED = "<removed>"
pq = []
entries = {}
count = 0


def add(task, priority):
    global count
    if task in entries:
        remove(task)
    entry = [priority, count, task]
    count += 1
    entries[task] = entry
    heapq.heappush(pq, entry)


def remove(task):
    entry = entries.pop(task)
    entry[-1] = REMOVED


def pop():
    while pq:
        priority, c, task = heapq.heappop(pq)
        if task is not REMOVED:
            del entries[task]
            return task
    raise KeyError("pop from an empty priority queue")


for task, pri in [("a", 5), ("b", 3), ("c", 5), ("d", 1), ("b", 6), ("e", 3)]:
    add(task, pri)
print(pq)
remove("c")
print(pq)
out = []
while entries:
    out.append(pop())
    print(out[-1], pq)
try:
    pop()
except KeyError as e:
    print("KeyError:", e)
