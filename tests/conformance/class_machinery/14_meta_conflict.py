# metaclass conflict and metaclass selection
class M1(type): pass
class M2(type): pass
class M3(M1): pass

class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(metaclass=M3): pass

try:
    class AB(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class AC(A, C):
    pass
print(type(AC).__name__)

class CA(C, A):
    pass
print(type(CA).__name__)

class X(A, metaclass=type):
    pass
print("X metaclass:", type(X).__name__)

try:
    class Y(C, metaclass=M2):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    M2("Z", (A,), {})
except TypeError as e:
    print(type(e).__name__, e)

W = type("W", (C,), {})
print("W metaclass:", type(W).__name__)
