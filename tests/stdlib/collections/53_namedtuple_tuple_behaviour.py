from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, 2)
x, y = p
print(x, y, *p)
print(p == (1, 2), (1, 2) == p, p != (2, 1), p < (1, 3), p > P(0, 9))
Q = namedtuple("Q", "a b")
print(p == Q(1, 2), hash(p) == hash((1, 2)), hash(p) == hash(Q(1, 2)))
d = {p: "first"}
d[(1, 2)] = "tuple"
d[Q(1, 2)] = "q"
print(d, len(d))
print(isinstance(p, tuple), issubclass(P, tuple), type(p) is tuple)
print(p + (3,), type(p + (3,)).__name__, p * 2, type(p * 2).__name__)
print(p[:1], type(p[:1]).__name__, p[::-1], list(p), tuple(p))
print(len(p), 1 in p, 5 in p, sorted([P(2, 1), P(1, 5), P(1, 2)]))
print(max(P(1, 9), P(2, 0)), min([P(3, 3), (2, 5)]))
print(dict([P("k", "v")]), list(zip(*[P(1, 2), P(3, 4)])))
print(str(p), repr(p), f"{p}", "%s" % (p,))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p[2]
except IndexError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"), P.__slots__)
R = namedtuple("R", "v")
rr = R([1])
rr.v.append(2)
print(rr)
try:
    hash(rr)
except TypeError as e:
    print(type(e).__name__, e)
print(P(P(1, 2), (3,)))
print(p.__class__.__bases__, P.__mro__[-1])
