import bisect
import sys


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


x = Item(5)
a = [Item(1), Item(3), Item(7)]
base = sys.getrefcount(x)
print(bisect.bisect_left(a, x), sys.getrefcount(x) - base)
bisect.insort(a, x)
print([i.v for i in a], sys.getrefcount(x) - base)
bisect.insort_left(a, x)
print([i.v for i in a], sys.getrefcount(x) - base)
del a[2]
print(sys.getrefcount(x) - base)
a.remove(x)
print(sys.getrefcount(x) - base, len(a))
seq = [1, 2, 3]
base_s = sys.getrefcount(seq)
bisect.bisect(seq, 2)
bisect.insort(seq, 2)
print(seq, sys.getrefcount(seq) - base_s)
keyed = {"k": 3}
kbase = sys.getrefcount(keyed)
recs = [{"k": 1}, {"k": 5}]
bisect.insort(recs, keyed, key=lambda r: r["k"])
print([r["k"] for r in recs], sys.getrefcount(keyed) - kbase)
recs.clear()
print(sys.getrefcount(keyed) - kbase)
