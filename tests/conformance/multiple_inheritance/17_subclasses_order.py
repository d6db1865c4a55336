class Base:
    pass
class A(Base):
    pass
class B(Base):
    pass
class M:
    pass
class C(M, Base):
    pass
class D(A, B):
    pass
def names(cls):
    return [c.__name__ for c in cls.__subclasses__()]
print(names(Base))
print(names(A), names(B), names(M), names(D))
print(type(Base.__subclasses__()).__name__)
