class ReprMixin:
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({items})"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    def __hash__(self):
        return hash(tuple(self.items))
class SeqMixin:
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __iter__(self):
        return iter(self.items)
class Bag(ReprMixin, EqMixin, SeqMixin):
    def __init__(self, *items):
        self.items = list(items)
b1 = Bag(1, 2, 3)
b2 = Bag(1, 2, 3)
b3 = Bag(4)
print(repr(b1), str(b3), [b1])
print(b1 == b2, b1 != b2, b1 == b3, b1 != b3)
print(len(b1), b1[0], b1[-1], b1[1:], list(b1), sorted(b1, reverse=True))
print(2 in b1, 9 in b1, bool(Bag()), bool(b3))
x, y, z = b1
print(x, y, z, sum(b1), max(b1))
print(hash(b1) == hash(b2))
print(len({b1, b2, b3}), b1 in {b2: 1})
