# slot descriptors on the class
class C:
    __slots__ = ("a", "b")

print(type(C.a).__name__, type(C.__dict__["b"]).__name__)
print(C.a.__name__, C.a.__objclass__ is C)
c = C()
C.a.__set__(c, 10)
print(c.a, C.a.__get__(c, C))
print(C.a.__get__(None, C) is C.a)
C.b.__set__(c, 20)
C.b.__delete__(c)
try:
    c.b
except AttributeError as e:
    print(type(e).__name__, e)
try:
    C.a.__set__(object(), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.a.__get__(42)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(C.a))

class P:
    pass
print(type(P.__dict__["__dict__"]).__name__, type(P.__dict__["__weakref__"]).__name__)
print(type(int.real).__name__, type(type.__dict__["__name__"]).__name__)
print(hasattr(C.a, "__set__"), hasattr(C.a, "__delete__"))
