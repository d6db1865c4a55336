import bisect


class Item:
    def __init__(self, key, tag):
        self.key = key
        self.tag = tag

    def __lt__(self, other):
        return self.key < other.key

    def __repr__(self):
        return "%d%s" % (self.key, self.tag)


right = []
left = []
for i, k in enumerate([3, 1, 3, 2, 1, 3, 2]):
    tag = "abcdefg"[i]
    bisect.insort_right(right, Item(k, tag))
    bisect.insort_left(left, Item(k, tag))
print(right)
print(left)
same = []
for tag in "xyz":
    bisect.insort(same, Item(7, tag))
print(same)
pairs = []
for i, k in enumerate([2, 1, 2, 1]):
    bisect.insort(pairs, (k, i), key=lambda p: p[0])
print(pairs)
pairs = []
for i, k in enumerate([2, 1, 2, 1]):
    bisect.insort_left(pairs, (k, i), key=lambda p: p[0])
print(pairs)
a = [1.0, 1, True]
bisect.insort_left(a, 1)
bisect.insort_right(a, 1.0)
print(a, [type(v).__name__ for v in a])
