import copy
from statistics import NormalDist

a = NormalDist(1, 2)
b = NormalDist(1.0, 2.0)
c = NormalDist(1, 3)
print(a == b, a != b, a == c, a != c, hash(a) == hash(b), hash(a) == hash((1.0, 2.0)))
print(a == (1.0, 2.0), a == 1, a != 'x')
print(len({a, b, c}), {a: 'x'}[b])
print(a.__eq__(5))
d = copy.copy(a)
e = copy.deepcopy(c)
print(repr(d), d == a, d is a, repr(e), e == c)
print(a.__getstate__())
f = NormalDist()
f.__setstate__((7.0, 8.0))
print(repr(f))
print(sorted([NormalDist(2, 1), NormalDist(1, 1)], key=lambda n: n.mean))
try:
    NormalDist() < NormalDist()
except TypeError as e:
    print('TypeError', e)
