# vars() on classes and instances, filtered to non-dunder names
class Base:
    base_attr = 1
    def base_method(self): pass

class C(Base):
    z = 26
    a = 1
    def method(self): pass
    @staticmethod
    def smethod(): pass
    @classmethod
    def cmethod(cls): pass
    @property
    def prop(self):
        return 0

def public(ns):
    return [k for k in ns if not (k.startswith("__") and k.endswith("__"))]

print(public(vars(C)))
print(public(vars(Base)))
print([(k, type(v).__name__) for k, v in vars(C).items() if k in public(vars(C))])
print(type(vars(C)).__name__, vars(C) == C.__dict__)
obj = C()
obj.q = 1
obj.b = 2
print(vars(obj), vars(obj) is obj.__dict__)
vars(obj)["c"] = 3
print(obj.c)
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(obj, obj)
except TypeError as e:
    print(type(e).__name__, e)
print("__module__" in vars(C), "__doc__" in vars(C), vars(C)["__doc__"])
