import functools

try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)

try:
    @functools.total_ordering
    class OnlyEq:
        def __eq__(self, other):
            return True
except ValueError as e:
    print(type(e).__name__, e)

# NotImplemented from the root is returned as-is by the derived methods
@functools.total_ordering
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __eq__(self, other):
        return isinstance(other, Money) and self.amount == other.amount
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.amount < other.amount

m = Money(5)
print(Money.__le__(m, 3))
print(Money.__gt__(m, "x"))
print(Money.__ge__(m, None))
print(Money.__le__(m, Money(5)), Money.__gt__(m, Money(1)))

# reflected operation used when the other side knows how
class Num:
    def __init__(self, v):
        self.v = v
    def __ge__(self, other):
        print("  Num.__ge__ reflected")
        return self.v >= other.amount
    def __lt__(self, other):
        print("  Num.__lt__ reflected")
        return self.v < other.amount
print(m <= Num(7))
print(m > Num(7))
try:
    m >= 1.5
except TypeError as e:
    print(type(e).__name__, e)
