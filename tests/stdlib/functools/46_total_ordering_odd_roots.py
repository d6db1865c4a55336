import functools

# an ordering attribute set to None still counts as defined
try:
    @functools.total_ordering
    class NoneLt:
        __lt__ = None
    print("NoneLt accepted", NoneLt.__dict__["__lt__"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    NoneLt() > NoneLt()
except TypeError as e:
    print(type(e).__name__, e)
# any object is accepted; int already defines all four
print(functools.total_ordering(42))

# a subclass of a builtin already has all four from the builtin: nothing is added
@functools.total_ordering
class Score(int):
    pass
print([k for k in ("__lt__", "__le__", "__gt__", "__ge__") if k in Score.__dict__])
print(Score(3) < Score(4), Score(3) >= 2)

# the root is the largest name defined: __lt__ > __le__ > __gt__ > __ge__
@functools.total_ordering
class LeGe:
    def __init__(self, v):
        self.v = v
    def __le__(self, other):
        print("  __le__")
        return self.v <= other.v
    def __ge__(self, other):
        print("  __ge__")
        return self.v >= other.v
print(LeGe(1) < LeGe(2))
print(LeGe(1) > LeGe(2))
print(LeGe(2) >= LeGe(2))
