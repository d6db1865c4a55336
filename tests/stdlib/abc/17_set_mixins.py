from collections.abc import Set, MutableSet


class Bits(Set):
    def __init__(self, items=()):
        self._items = sorted(set(items))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f'Bits({self._items})'


a, b = Bits([1, 2, 3, 4]), Bits([3, 4, 5])
print(a & b, a | b, a - b, a ^ b)
print(type(a & b).__name__)
print(a <= Bits(range(10)), a < a, a <= a, a == Bits([4, 3, 2, 1]), a != b)
print(a.isdisjoint(Bits([9])), a.isdisjoint(b))
print(a & {1, 2}, a | [7])
print({1, 2} | a, {9} - a, [5] & a)
print(a == {1, 2, 3, 4}, {1, 2, 3, 4} == a)
print(hash(Bits([1])) if Bits.__hash__ else 'unhashable')
print(Set._hash(Bits([1, 2])) == Set._hash(Bits([2, 1])))
print(sorted(Set.__abstractmethods__))


class Tags(MutableSet):
    def __init__(self, items=()):
        self._s = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)

    def add(self, x):
        if x not in self._s:
            self._s.append(x)

    def discard(self, x):
        if x in self._s:
            self._s.remove(x)


t = Tags()
t.add('a'); t.add('b'); t.add('a')
t |= ['c', 'd']
print(list(t))
t -= ['a']
t &= ['b', 'c', 'x']
print(list(t))
t ^= ['c', 'z']
print(list(t))
t.remove('b')
try:
    t.remove('b')
except KeyError as e:
    print(type(e).__name__, e)
print(t.pop(), list(t))
t.clear()
try:
    t.pop()
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(MutableSet.__abstractmethods__))
print(isinstance(set(), MutableSet), isinstance(frozenset(), MutableSet),
      isinstance(frozenset(), Set), isinstance({}.keys(), Set), isinstance({}.values(), Set))
