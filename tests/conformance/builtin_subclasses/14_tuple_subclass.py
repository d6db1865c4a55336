class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))

    def total(self):
        return sum(self)

p = Pair([1, 2])
print(p, len(p), p[0], p[-1], p.total())
q = p.swap()
print(q, type(q).__name__, q.swap() == p)
print(p == (1, 2), (1, 2) == p, p < (1, 3), p != q)
print(hash(p) == hash((1, 2)), {p: "v"}[(1, 2)], {(1, 2): "w"}[p])
g = Pair(x * x for x in range(4))
print(g, g[1:3], type(g[1:3]).__name__)
c = p + (3,)
print(c, type(c).__name__, type(p * 2).__name__)
a, b = p
print(a, b, list(p), tuple(p), type(tuple(p)).__name__)
print(p.index(2), p.count(1), 2 in p)
print(isinstance(p, tuple), type(p) is tuple, bool(Pair()), Pair("ab"))
for item in Pair("xyz"):
    print("item", item)
before = p
p += (9,)
print(p, type(p).__name__, p is before, before)
print(sorted(Pair([3, 1, 2])), max(Pair([3, 1, 2])))
