class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("A.__eq__")
        if not isinstance(other, A):
            return NotImplemented
        return self.v == other.v
    __hash__ = None
print(A(1) != A(1), A(1) != A(2))
print(A(1) == 1)
print(1 == A(1))
class B:
    def __lt__(self, other):
        print("B.__lt__")
        return NotImplemented
class C:
    def __gt__(self, other):
        print("C.__gt__")
        return True
print(B() < C())
try:
    print(B() < B())
except TypeError as e:
    print(type(e).__name__, e)
