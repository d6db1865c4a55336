import heapq

attempts = [
    lambda: heapq.heappush([]),
    lambda: heapq.heappush([], 1, 2),
    lambda: heapq.heappush(heap=[], item=1),
    lambda: heapq.heappop(),
    lambda: heapq.heappop([1], [2]),
    lambda: heapq.heapify(),
    lambda: heapq.heapify([], []),
    lambda: heapq.heapreplace([1]),
    lambda: heapq.heappushpop([1], 1, 1),
    lambda: heapq.nlargest(2),
    lambda: heapq.nsmallest([1, 2], 2),
    lambda: heapq.nlargest(1.5, [1, 2]),
    lambda: heapq.nsmallest(2, [1, 2], lambda v: v),
    lambda: heapq.nlargest(2, 5),
    lambda: heapq.nsmallest(2, [1], key=3),
    lambda: heapq.nsmallest(2, None),
    lambda: heapq.nlargest("2", [1, 2]),
]
for i, f in enumerate(attempts):
    try:
        print(i, "ok", f())
    except Exception as e:
        print(i, type(e).__name__, e)
