import copy

class Angle(float):
    def __new__(cls, degrees, unit="deg"):
        print("  __new__", degrees, unit)
        obj = super().__new__(cls, degrees)
        obj.unit = unit
        return obj
    def __getnewargs__(self):
        print("  __getnewargs__")
        return (float(self), self.unit)
a = Angle(90.0, "deg")
print("copy")
a2 = copy.copy(a)
print(type(a2).__name__, a2, a2.unit, a2 is a)
print("deepcopy")
a3 = copy.deepcopy(a)
print(type(a3).__name__, a3, a3.unit)
# __getnewargs_ex__ provides keyword arguments too
class Rec:
    def __new__(cls, *args, **kwargs):
        print("  Rec.__new__", args, sorted(kwargs.items()))
        self = super().__new__(cls)
        self.args = args
        self.kwargs = kwargs
        return self
    def __init__(self, *args, **kwargs):
        print("  Rec.__init__ (only at creation)")
    def __getnewargs_ex__(self):
        return (self.args, self.kwargs)
r = Rec(1, 2, flag=True)
print("copying Rec")
r2 = copy.copy(r)
print(r2.args, r2.kwargs)
# __getnewargs__ must return a tuple
class BadArgs:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __getnewargs__(self):
        return [1]
try:
    copy.copy(BadArgs())
except TypeError as e:
    print(type(e).__name__, e)
class BadArgsEx:
    def __getnewargs_ex__(self):
        return ((), [])
try:
    copy.copy(BadArgsEx())
except TypeError as e:
    print(type(e).__name__, e)
# without __getnewargs__, __new__ is called with the class only
class NoArgs:
    def __new__(cls, *a):
        print("  NoArgs.__new__ args", a)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
n = NoArgs(7)
print(copy.deepcopy(n).v)
