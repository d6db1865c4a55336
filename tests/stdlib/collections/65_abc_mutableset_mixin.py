from collections.abc import MutableSet, Set


class ListSet(MutableSet):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)

    def __repr__(self):
        return "ListSet(%r)" % (self._items,)


a = ListSet([3, 1, 2])
b = ListSet([2, 3, 4])
print(a, len(a), 1 in a, 5 in a)
print(a | b, a & b, a - b, a ^ b)
print(type(a | b).__name__)
print(a <= ListSet([1, 2, 3, 9]), a < a, a == ListSet([1, 2, 3]), a == {1, 2, 3}, a.isdisjoint([7]))
print(a | [7], [7] | a, (7,) & a, type([7] | a).__name__)
a.remove(3)
print(a)
try:
    a.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
print(a.pop(), a)
a |= [8, 9]
print(a)
a &= [9, 8, 0]
print(a)
a ^= [9, 5]
print(a)
a -= [5]
print(a)
a.clear()
print(a)
try:
    a.pop()
except KeyError as e:
    print(type(e).__name__, e.args)
print(Set._hash(ListSet([1, 2])) == Set._hash(ListSet([2, 1])))
print(ListSet("abc") == ListSet("cba"), ListSet([1]) != ListSet([2]))
