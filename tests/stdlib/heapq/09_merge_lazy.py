import heapq

log = []


def src(name, items):
    for x in items:
        log.append("%s:%r" % (name, x))
        yield x
    log.append(name + " done")


m = heapq.merge(src("A", [1, 4, 6]), src("B", [2, 3, 7]))
print(log)
first = next(m)
print(first, log)
log.clear()
print(next(m), next(m), log)
log.clear()
print(list(m), log)
log.clear()
m = heapq.merge(src("K", [5, 1]), src("L", [4]), key=lambda v: -v)
print(next(m), log)
log.clear()
print(list(m), log)
log.clear()
m = heapq.merge(src("S", [1]), src("T", []))
print(list(m), log)
