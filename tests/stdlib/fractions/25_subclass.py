from fractions import Fraction


class Money(Fraction):
    def __str__(self):
        return '$%.2f' % float(self)


m = Money(7, 4)
print(repr(m), str(m), type(m).__name__, isinstance(m, Fraction))
for r in [m + 1, m * 2, -m, abs(m), +m, m - m, m / 3, m ** 2, 1 + m, Money(1, 2) + Money(1, 4)]:
    print(type(r).__name__, repr(r))
print(m == Fraction(7, 4), hash(m) == hash(Fraction(7, 4)))
m.note = 'extra'
print(m.note, sorted(vars(m)))
print(repr(Money('0.25')), repr(Money(0.5)), repr(Money(Money(1, 3))))


class Tagged(Fraction):
    __slots__ = ('tag',)

    def __new__(cls, n=0, d=None, tag=''):
        self = super().__new__(cls, n, d)
        self.tag = tag
        return self


t = Tagged(2, 6, tag='x')
print(repr(t), t.tag, hasattr(t, '__dict__'))
print(type(Tagged.from_float(0.25)).__name__, repr(Tagged.from_float(0.25)))


class Loud(Fraction):
    def __add__(self, other):
        return 'Loud.add'

    def __radd__(self, other):
        return 'Loud.radd'


print(Loud(1) + Fraction(1), Fraction(1) + Loud(1), 1 + Loud(1))
