class A:
    pass
class B(A):
    pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__)
    print(repr(str(e)))
class X:
    pass
class Y:
    pass
class P(X, Y):
    pass
class Q(Y, X):
    pass
try:
    class R(P, Q):
        pass
except TypeError as e:
    print(str(e).splitlines())
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(e)
try:
    class Dup2(X, Y, X):
        pass
except TypeError as e:
    print(e)
class Ok(B, A):
    pass
print([c.__name__ for c in Ok.__mro__])
