# '__dict__' and '__weakref__' in __slots__
import weakref

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.extra = 2
print(w.a, w.__dict__)

class NoWeak: __slots__ = ("a",)
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print(type(e).__name__, e)

class Weak:
    __slots__ = ("a", "__weakref__")
obj = Weak()
r = weakref.ref(obj)
print(r() is obj, hasattr(obj, "__dict__"))
del obj
print(r())

class Both: __slots__ = ("__dict__", "__weakref__")
b = Both()
b.anything = 1
print(b.__dict__, weakref.ref(b)() is b)

try:
    class Twice:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(type(e).__name__, e)

try:
    class DD(type("D", (), {})):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(type(e).__name__, e)
