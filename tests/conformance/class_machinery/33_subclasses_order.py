# __subclasses__() reflects definition order
class Root:
    pass
class B(Root):
    pass
class A(Root):
    pass
class C(Root):
    pass
class AA(A):
    pass
class Multi(C, B):
    pass

print([k.__name__ for k in Root.__subclasses__()])
print([k.__name__ for k in A.__subclasses__()])
print([k.__name__ for k in B.__subclasses__()], [k.__name__ for k in C.__subclasses__()])
print(AA.__subclasses__(), type(Root.__subclasses__()).__name__)

def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return out
print(all_subclasses(Root))

D = type("D", (Root,), {})
print([k.__name__ for k in Root.__subclasses__()][-1])
print(bool.__subclasses__(), int in object.__subclasses__())
try:
    Root.__subclasses__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__subclasses__()
except TypeError as e:
    print(type(e).__name__, e)
