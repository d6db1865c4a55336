class A:
    pass
class B(A):
    pass
class C(A):
    pass
class D(B, C):
    pass
def names(cls):
    return [c.__name__ for c in cls.__mro__]
for cls in (A, B, C, D):
    print(cls.__name__, names(cls))
print(D.__bases__ == (B, C), [b.__name__ for b in D.__bases__])
print(D.__base__.__name__, B.__base__.__name__, A.__base__.__name__)
print(A.__bases__ == (object,), object.__bases__, object.__base__)
print([c.__name__ for c in D.mro()], type(D.mro()).__name__, type(D.__mro__).__name__)
print(D.mro() == list(D.__mro__))
