import bisect

log = []


class Ver:
    def __init__(self, major, minor):
        self.v = (major, minor)

    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "Ver%d.%d" % self.v


vs = [Ver(1, 0), Ver(1, 2), Ver(2, 0), Ver(2, 5), Ver(3, 1)]
probe = Ver(2, 0)
print(bisect.bisect_left(vs, probe))
print(log)
log.clear()
print(bisect.bisect_right(vs, probe))
print(log)
log.clear()
bisect.insort(vs, Ver(1, 5))
print(vs, len(log))
log.clear()
bisect.insort_left(vs, Ver(0, 9))
print(vs, log)


class GtOnly:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        log.append(("gt", self.n, other.n))
        return self.n > other.n


log.clear()
g = [GtOnly(1), GtOnly(5), GtOnly(9)]
print(bisect.bisect_left(g, GtOnly(6)), log)
