from fractions import Fraction as F
from statistics import NormalDist


def show(data):
    try:
        r = NormalDist.from_samples(data)
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(repr(r))


show([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
show([1, 2, 3, 4])
show([F(1, 2), F(1, 3), F(1, 4)])
show(iter([10, 20]))
show(range(100))
show([5, 5, 5])
show([1])
show([])
show(['a', 'b'])
show([1, float('inf')])
show([1, float('nan'), 3])
show([float('inf'), float('inf')])


class Sub(NormalDist):
    pass


s = Sub.from_samples([1, 2, 3])
print(type(s).__name__, repr(s), repr(s + 1), type(s + 1).__name__)
