import heapq


class L(list):
    pass


attempts = [
    ("heappush", lambda: heapq.heappush((), 1)),
    ("heappush", lambda: heapq.heappush(None, 1)),
    ("heappop", lambda: heapq.heappop((1, 2))),
    ("heappop", lambda: heapq.heappop("abc")),
    ("heapify", lambda: heapq.heapify(5)),
    ("heapify", lambda: heapq.heapify({3, 1})),
    ("heapify", lambda: heapq.heapify(range(3))),
    ("heapreplace", lambda: heapq.heapreplace((1,), 0)),
    ("heappushpop", lambda: heapq.heappushpop({}, 0)),
    ("_heapify_max", lambda: heapq._heapify_max((2, 1))),
    ("_heappop_max", lambda: heapq._heappop_max(None)),
]
for name, f in attempts:
    try:
        f()
        print(name, "no error")
    except TypeError as e:
        print(name, "TypeError:", e)
sub = L([5, 3, 1])
heapq.heapify(sub)
heapq.heappush(sub, 0)
print(sub, type(sub).__name__)
r = heapq.heappop(sub)
print(r, sub, type(sub).__name__)
