import copy

class Custom:
    def __init__(self, a, b):
        print("  __init__", a, b)
        self.a = a
        self.b = b
    def __reduce_ex__(self, protocol):
        print("  __reduce_ex__ protocol", protocol)
        return (Custom, (self.a, self.b))

c = Custom(1, [2])
print("copy")
c2 = copy.copy(c)
print(c2.a, c2.b, c2.b is c.b)
print("deepcopy")
c3 = copy.deepcopy(c)
print(c3.a, c3.b, c3.b is c.b)

# __reduce__ is used when only it is overridden
class OnlyReduce:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        print("  __reduce__")
        return (OnlyReduce, (self.v * 2,))
print(copy.copy(OnlyReduce(5)).v)
# reduce with state, listitems and dictitems
class Rich(list):
    def __reduce_ex__(self, proto):
        return (Rich, (), {"note": "state"}, iter(self), None)
r = Rich([1, [2]])
r2 = copy.deepcopy(r)
print(type(r2).__name__, r2, r2.note, r2[1] is r[1])
class RichDict(dict):
    def __reduce_ex__(self, proto):
        return (RichDict, (), None, None, iter(self.items()))
rd = copy.copy(RichDict(a=1, b=2))
print(type(rd).__name__, rd)
# a string return value means "global": the object itself
class Named:
    def __reduce_ex__(self, proto):
        return "Named_instance"
n = Named()
print(copy.copy(n) is n, copy.deepcopy(n) is n)
# bad reduce values
class BadReduce:
    def __reduce_ex__(self, proto):
        return 42
try:
    copy.copy(BadReduce())
except Exception as e:
    print(type(e).__name__)
class Short:
    def __reduce_ex__(self, proto):
        return (Short,)
try:
    copy.copy(Short())
except Exception as e:
    print(type(e).__name__)
