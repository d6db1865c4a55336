import heapq

count = 0


class C:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        global count
        count += 1
        return self.v < other.v


for n in [1, 2, 7, 8, 31, 100]:
    items = [C((i * 37) % (n + 3)) for i in range(n)]
    count = 0
    heapq.heapify(items)
    heapify_count = count
    count = 0
    heapq.heappush(items, C(-1))
    push_count = count
    count = 0
    heapq.heappop(items)
    pop_count = count
    count = 0
    heapq.heapreplace(items, C(n))
    replace_count = count
    count = 0
    heapq.heappushpop(items, C(0))
    pushpop_count = count
    print(n, heapify_count, push_count, pop_count, replace_count, pushpop_count)
    print("  ", [c.v for c in items][:12])
count = 0
res = heapq.nsmallest(3, [C(v) for v in [9, 2, 7, 4, 1, 8, 3]])
print([c.v for c in res], count)
count = 0
res = heapq.nlargest(3, [C(v) for v in [9, 2, 7, 4, 1, 8, 3]])
print([c.v for c in res], count)
