import heapq


def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for _ in range(len(h))]


def heapsort2(iterable):
    h = list(iterable)
    heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]


cases = [
    [1, 3, 5, 7, 9, 2, 4, 6, 8, 0],
    ["pear", "Apple", "fig", "apple", ""],
    [2.5, -0.5, 1e10, -1e-10, 0],
    [(1, "b"), (0, "z"), (1, "a")],
    list(range(20, 0, -3)),
    [],
    [[2, 1], [1, 9], [2, 0], [1]],
]
for c in cases:
    s1 = heapsort(c)
    s2 = heapsort2(c)
    print(s1, s1 == s2 == sorted(c))
print(heapsort(x % 11 for x in range(0, 100, 7)))
print(heapsort2(frozenset({5, 3, 9})), heapsort("heapq"))
