import heapq

heap = []


class Evil:
    def __init__(self, v, action=None):
        self.v = v
        self.action = action

    def __lt__(self, other):
        if self.action == "clear":
            heap.clear()
        elif self.action == "append":
            heap.append(Evil(99))
        return self.v < other.v

    def __repr__(self):
        return "E%d" % self.v


for op in ["push", "pop", "heapify", "pushpop", "replace"]:
    for action in ["clear", "append"]:
        heap[:] = [Evil(i) for i in range(1, 8)]
        heap[0].action = action if op in ("pop", "heapify") else None
        heap[1].action = action if op in ("pop", "heapify") else None
        try:
            if op == "push":
                heapq.heappush(heap, Evil(0, action))
            elif op == "pop":
                heap[-1].action = action
                heapq.heappop(heap)
            elif op == "heapify":
                heap.reverse()
                heapq.heapify(heap)
            elif op == "pushpop":
                heapq.heappushpop(heap, Evil(5, action))
            else:
                heapq.heapreplace(heap, Evil(5, action))
            print(op, action, "ok", len(heap))
        except (RuntimeError, IndexError) as e:
            print(op, action, type(e).__name__, e, len(heap))
