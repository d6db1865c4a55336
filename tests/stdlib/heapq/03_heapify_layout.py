import heapq

cases = [
    [],
    [1],
    [2, 1],
    [3, 2, 1],
    list(range(10, 0, -1)),
    list(range(15)),
    [5, 5, 5, 1, 5, 5],
    [8, 3, 9, 1, 7, 2, 6, 0, 4, 5, 11, 10, 13, 12],
    ["d", "a", "c", "b", "e"],
    [(2, "b"), (1, "z"), (2, "a"), (1, "a")],
    [3.5, -2, 7, 0.0, True, -10 ** 20],
]
for c in cases:
    orig = list(c)
    r = heapq.heapify(c)
    print(orig, "->", c, r)
big = [(i * 37) % 101 for i in range(40)]
heapq.heapify(big)
print(big)
print(all(big[k] <= big[2 * k + j] for k in range(len(big)) for j in (1, 2) if 2 * k + j < len(big)))
