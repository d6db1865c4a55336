import numbers


class Slotted(numbers.Number):
    __slots__ = ('v',)

    def __init__(self, v):
        self.v = v


s = Slotted(3)
print(s.v, hasattr(s, '__dict__'))
try:
    s.other = 1
except AttributeError as e:
    print(type(e).__name__, e)


class Loose(numbers.Number):
    pass


x = Loose()
x.anything = 5
print(x.anything, hasattr(x, '__dict__'), sorted(vars(x)))
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, cls.__dict__['__slots__'], '__dict__' in cls.__dict__, '__weakref__' in cls.__dict__)
