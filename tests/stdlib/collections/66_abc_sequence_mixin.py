from collections.abc import Sequence, MutableSequence


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i


s = Squares(6)
print(list(s), len(s), s[2], s[-1], s[1:4], 16 in s, 17 in s)
print(s.index(9), s.count(4), list(reversed(s)), sorted(s, reverse=True)[:2])
for args in ((7,), (0, 1), (16, 0, 3)):
    try:
        print(s.index(*args))
    except ValueError as e:
        print(type(e).__name__, e.args)
print(s.index(16, -3), s.index(25, 2, 10))
print(s == Squares(6), s == [0, 1, 4, 9, 16, 25])
