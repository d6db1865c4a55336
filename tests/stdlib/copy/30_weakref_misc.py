import copy
import weakref

class Target:
    pass
t = Target()
r = weakref.ref(t)
print(copy.copy(r) is r, copy.deepcopy(r) is r)
holder = {"ref": r, "list": [r]}
h2 = copy.deepcopy(holder)
print(h2["ref"] is r, h2["list"][0] is r, h2["ref"]() is t)

# an object holding a weak reference to itself: the copy's ref still points at the original
class Self:
    def __init__(self):
        self.back = weakref.ref(self)
o = Self()
o2 = copy.deepcopy(o)
print(o2.back() is o, o2.back() is o2)

# copying a WeakValueDictionary
wvd = weakref.WeakValueDictionary()
wvd["t"] = t
w2 = copy.copy(wvd)
w3 = copy.deepcopy(wvd)
print(type(w2).__name__, w2["t"] is t, type(w3).__name__, w3["t"] is t)

# enum members are returned as is
import enum
class Color(enum.Enum):
    RED = 1
    BLUE = 2
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)

# objects with __eq__ but default copy semantics
class Val:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
v = Val([1])
print(copy.copy(v) == v, copy.copy(v) is v, copy.deepcopy(v) == v)
# a class with a custom __new__ that requires arguments fails to copy
class Needs:
    def __new__(cls, a):
        return super().__new__(cls)
    def __init__(self, a):
        self.a = a
try:
    copy.copy(Needs(1))
except TypeError as e:
    print(type(e).__name__, e)
