import heapq


class Rec:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return "%d%s" % (self.k, self.tag)


a = [Rec(1, "a"), Rec(2, "a"), Rec(2, "a2"), Rec(3, "a")]
b = [Rec(1, "b"), Rec(2, "b"), Rec(3, "b")]
c = [Rec(2, "c"), Rec(3, "c")]
print(list(heapq.merge(a, b, c)))
print(list(heapq.merge(c, b, a)))
print(list(heapq.merge(a, b, c, key=lambda r: r.k)))
print(list(heapq.merge([Rec(3, "a"), Rec(1, "a")], [Rec(3, "b"), Rec(1, "b")], reverse=True)))
print(list(heapq.merge([Rec(3, "a"), Rec(1, "a")], [Rec(3, "b"), Rec(1, "b")], key=lambda r: r.k, reverse=True)))
pairs = list(heapq.merge([(1, "x"), (1, "y")], [(1, "a")], key=lambda p: p[0]))
print(pairs)
