import heapq

state = 2024


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % (2 ** 31)
    return (state >> 16) % n


h = []
trace = []
for step in range(40):
    op = rnd(5) - 1
    if op <= 0 or not h:
        heapq.heappush(h, rnd(100))
        trace.append("push")
    elif op == 1:
        trace.append("pop%d" % heapq.heappop(h))
    elif op == 2:
        trace.append("rep%d" % heapq.heapreplace(h, rnd(100)))
    else:
        trace.append("pp%d" % heapq.heappushpop(h, rnd(100)))
    if step % 5 == 4:
        print(step, h)
print(" ".join(trace))
ok = all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h)))
print("invariant:", ok, "len:", len(h))
data = [rnd(1000) for _ in range(30)]
heapq.heapify(data)
print(data)
print([heapq.heappop(data) for _ in range(10)])
print(data)
