import heapq


class R:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return "%d%s" % (self.k, self.tag)


items = [R(2, "a"), R(1, "b"), R(2, "c"), R(3, "d"), R(1, "e"), R(2, "f"), R(3, "g")]
for n in [1, 2, 3, 4, 7, 9]:
    print(n, heapq.nlargest(n, items), heapq.nsmallest(n, items))
    print(n, heapq.nlargest(n, items, key=lambda r: r.k), heapq.nsmallest(n, items, key=lambda r: r.k))
print(heapq.nlargest(3, iter(items)), heapq.nsmallest(3, iter(items)))
print(heapq.nlargest(1, iter(items)), heapq.nsmallest(1, iter(items), key=lambda r: r.k))
