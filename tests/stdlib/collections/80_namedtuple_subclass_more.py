from collections import namedtuple


class Loose(namedtuple("Loose", "a")):
    pass


lo = Loose(1)
lo.extra = 2
print(lo, lo.extra, hasattr(lo, "__dict__"))
class WithNew(namedtuple("WithNew", "lo hi")):
    def __new__(cls, lo, hi):
        if lo > hi:
            lo, hi = hi, lo
        return super().__new__(cls, lo, hi)


print(WithNew(5, 1), WithNew._make([9, 3]), WithNew(2, 8)._replace(lo=10))


class Labeled(namedtuple("Labeled", "value")):
    __slots__ = ()
    label = "constant"

    def __repr__(self):
        return "<%s %r>" % (self.label, self.value)


print(Labeled(3), [Labeled("x")], Labeled._make([4])._replace(value=5))
