from collections import namedtuple

P = namedtuple("P", "x y z", defaults=(0, 1))
print(P(5), P(5, 6), P(5, 6, 7), P(x=9))
print(P._field_defaults, P.__new__.__defaults__)
Q = namedtuple("Q", "a b", defaults=[10, 20])
print(Q(), Q._field_defaults)
R = namedtuple("R", "a b", defaults=None)
print(R._field_defaults, R.__new__.__defaults__)
S = namedtuple("S", "a b", defaults=())
print(S._field_defaults, S.__new__.__defaults__)
T = namedtuple("T", "a b", defaults=iter([3]))
print(T(1), T._field_defaults)
try:
    namedtuple("X", "a b", defaults=(1, 2, 3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    P()
except TypeError as e:
    print(type(e).__name__, e)
N = namedtuple("N", ["abc", "def", "ghi", "abc", "_x", "2y", "ok", ""], rename=True)
print(N._fields)
M = namedtuple("M", "class for while", rename=True)
print(M._fields, M(1, 2, 3))
K = namedtuple("K", "a a a", rename=True)
print(K._fields)
L = namedtuple("L", "x _1 _0", rename=True)
print(L._fields)
D = namedtuple("D", "a class b", rename=True, defaults=[5])
print(D._fields, D(1, 2), D._field_defaults)
print(namedtuple("F", "x", rename=False)._fields)
mutable_default = []
W = namedtuple("W", "items", defaults=[mutable_default])
w1, w2 = W(), W()
w1.items.append(1)
print(w2, w1.items is w2.items)
