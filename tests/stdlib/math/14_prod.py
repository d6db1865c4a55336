import math
from fractions import Fraction

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)))
print(math.prod([2.5, 4]), math.prod([0.1, 0.1, 0.1]), math.prod([1, 2.0]))
print(math.prod([], start=5), math.prod([3], start=2.5), math.prod([2, 3], start=Fraction(1, 2)))
print(math.prod([True, True]), math.prod([True, 3]), math.prod([False]))
print(math.prod(iter([10**20, 10**20])))
print(math.prod([Fraction(1, 3), 3]), math.prod([float("inf"), 0]), math.prod([1e200, 1e200]))
print(math.prod([-1] * 7), math.prod([2] * 100) == 2**100)
print(math.prod([3, "ab"]))
print(math.prod([[1, 2]], start=1), math.prod([2, [0]]))

for args, kw in [((["a", "b"],), {}), ((5,), {}), (([1, 2], 3), {}), ((), {}),
                 (([1, 2],), {"begin": 1}), (([None],), {})]:
    try:
        print(math.prod(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)

class Mat:
    def __init__(self, v):
        self.v = v
    def __mul__(self, other):
        return Mat(self.v * (other.v if isinstance(other, Mat) else other))
    def __rmul__(self, other):
        return Mat(other * self.v)
    def __repr__(self):
        return f"Mat({self.v})"

print(math.prod([Mat(2), Mat(3)]), math.prod([Mat(5)], start=Mat(1)))
