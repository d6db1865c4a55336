import itertools


class D:
    def __init__(self, n, k):
        self.n = n
        self.k = k

    def __del__(self):
        print("  del", self.n)

    def __repr__(self):
        return "D%d" % self.n


def src():
    for i, k in enumerate("aaabbc"):
        yield D(i, k)


g = itertools.groupby(src(), key=lambda d: d.k)
k, grp = next(g)
print("got key", k)
x = next(grp)
print("first of group", x)
del x
print("advance outer, skipping the rest of group a")
k, grp2 = next(g)
print("got key", k)
print("old group", list(grp))
del grp
print("take from group b")
print([d.n for d in grp2])
print("advance outer to c")
k, grp3 = next(g)
print("got key", k)
del grp2
print("del groupby, group c still usable")
del g
print(list(grp3))
del grp3
print("--- all groups materialized")
rows = [(k, list(gr)) for k, gr in itertools.groupby(src(), key=lambda d: d.k)]
print([(k, len(v)) for k, v in rows])
del rows
print("--- sorted-then-groupby keeps only what is listed")
names = [k for k, _ in itertools.groupby(sorted(src(), key=lambda d: d.k), key=lambda d: d.k)]
print(names)
print("end")
