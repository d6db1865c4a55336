import copy
import random

r = random.Random(321)
r.random()
red = r.__reduce__()
print(red[0] is random.Random, red[1], red[2][0], len(red[2][1]), red[2][2])
c = copy.copy(r)
d = copy.deepcopy(r)
print(type(c).__name__, c is not r)
print(c.random() == d.random() == r.random())
print(r.__getstate__() == r.getstate())
n = random.Random()
n.__setstate__(r.getstate())
print(n.random() == r.random())


class Sub(random.Random):
    pass


s = Sub(5)
s.gauss()
t = copy.copy(s)
print(type(t).__name__, t.gauss_next == s.gauss_next, t.gauss() == s.gauss())
print(s.__reduce__()[0] is Sub)
