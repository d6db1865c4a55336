import heapq

log = []


class Job:
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name

    def __lt__(self, other):
        log.append(self.name + "<" + other.name)
        return self.pri < other.pri

    def __repr__(self):
        return self.name


h = []
for pri, name in [(5, "e"), (3, "c"), (4, "d"), (1, "a"), (2, "b")]:
    heapq.heappush(h, Job(pri, name))
    print(h, log)
    log.clear()
print(heapq.heappop(h), h, log)
log.clear()
print(heapq.heapreplace(h, Job(0, "z")), h, log)
log.clear()
print(heapq.heappushpop(h, Job(9, "y")), h, log)
log.clear()
jobs = [Job(p, n) for p, n in [(3, "p"), (1, "q"), (2, "r"), (0, "s")]]
heapq.heapify(jobs)
print(jobs, log)


class GtOnly:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        log.append("gt")
        return self.v > other.v


log.clear()
g = [GtOnly(3), GtOnly(1), GtOnly(2)]
heapq.heapify(g)
print([x.v for x in g], log)
