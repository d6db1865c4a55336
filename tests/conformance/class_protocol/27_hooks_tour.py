class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class P:
    x = Typed()
    def __init__(self, x): self.x = x
    @Lazy
    def area(self):
        print("computing")
        return self.x * 2
p = P(3)
print(p.x, p._x, type(P.x).__name__, p.area, p.area)
try:
    p.x = "a"
except TypeError as e: print(e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        print("getattr", name)
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        print("setattr", name)
        setattr(self._t, name, value)
    def __delattr__(self, name):
        print("delattr", name)
        delattr(self._t, name)
class T: pass
t = T(); pr = Proxy(t)
pr.a = 1
print(pr.a, t.a, hasattr(pr, "zz"))
del pr.a
print(hasattr(t, "a"))
class Logged:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback:" + name
l = Logged(); l.v = 5
print(l.v, l.secret_x, l.other)
class Base:
    subs = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.subs.append(cls.__name__)
class A(Base): pass
class B(A): pass
print(Base.subs)
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(G[int])
class S:
    def __setattr__(self, n, v):
        super().__setattr__(n, v * 2)
s = S(); s.q = 4; print(s.q, vars(s))
