# __class__ assignment with incompatible layouts
class A:
    pass
class B:
    __slots__ = ("x",)
class C:
    __slots__ = ("x",)
class D:
    __slots__ = ("y",)
class E:
    __slots__ = ("x", "y")

def try_assign(obj, cls):
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print(type(e).__name__, e)

try_assign(A(), B)
try_assign(B(), A)
b = B()
b.x = 7
try_assign(b, C)
print(b.x)
try_assign(B(), D)
try_assign(B(), E)

class F(list):
    pass
class G(dict):
    pass
class H(list):
    pass
try_assign(F(), G)
try_assign(F([1]), H)
try_assign(A(), F)
