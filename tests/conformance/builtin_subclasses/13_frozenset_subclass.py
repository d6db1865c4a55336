class Key(frozenset):
    def show(self):
        return "Key" + str(sorted(self))

k = Key([2, 1, 3])
print(k.show(), len(k), 2 in k, 9 in k)
print(hash(k) == hash(frozenset([1, 2, 3])), k == frozenset({1, 2, 3}), k == {1, 2, 3})
table = {k: "found"}
print(table[frozenset([3, 2, 1])], table.get(Key([1, 2, 3])))
print(frozenset([1, 2, 3]) in {k}, Key([1]) in {frozenset([1])})
u = k | {4}
n = k & frozenset([1, 2])
print(sorted(u), type(u).__name__, sorted(n), type(n).__name__)
print(type(k - {1}).__name__, type(k.union()).__name__, type(k.copy()).__name__)
before = k
k |= {9}
print(k.show() if isinstance(k, Key) else sorted(k), type(k).__name__, k is before)
print(isinstance(k, frozenset), Key() == frozenset(), hash(Key()) == hash(frozenset()))
s = {Key([1]), frozenset([1]), Key([2])}
print(len(s))
print(Key([5, 4]), repr(Key()))
