# The classic C3 example (Python 2.3 MRO paper)
class O:
    pass
class F(O):
    pass
class E(O):
    pass
class D(O):
    pass
class C(D, F):
    pass
class B(D, E):
    pass
class A(B, C):
    pass
def names(cls):
    return " ".join(c.__name__ for c in cls.__mro__)
for cls in (C, B, A):
    print(cls.__name__, ":", names(cls))
# a second hierarchy where the local precedence order matters
class X:
    pass
class Y:
    pass
class Z:
    pass
class K1(X, Y):
    pass
class K2(Y, Z):
    pass
class K3(X, Z):
    pass
class M(K1, K2, K3):
    pass
print(names(M))
print(len(M.__mro__), M.__mro__[-1] is object, M.__base__.__name__)
class N(K3, K2):
    pass
print(names(N))
