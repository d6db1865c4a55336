# slot values live outside __dict__: refcounts, cycles through slots, __del__, class changes
import gc, sys, weakref

class Node:
    __slots__ = ("val", "next", "__weakref__")
    def __init__(self, val):
        self.val = val
        self.next = None

class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

n = Node(Loud("held"))
print(sys.getrefcount(n.val) - 1)
n.val = Loud("replacement")          # the old value dies now
del n.val                            # and this one
print(hasattr(n, "val"))

# a cycle through slots is collected
a, b = Node(1), Node(2)
a.next, b.next = b, a
r = weakref.ref(a)
del a, b
gc.collect()
print(r())

# a slotted cycle holding a finalizer
x = Node(Loud("in cycle"))
x.next = x
del x
print("collected", gc.collect() > 0)

# same slot name in base and subclass: two separate slots
class Base:
    __slots__ = ("v",)
class Sub(Base):
    __slots__ = ("v",)
s = Sub()
s.v = "sub"
Base.v.__set__(s, "base")
print(s.v, Base.v.__get__(s))
print(Sub.__slots__, sorted(k for k in Sub.__dict__ if not k.startswith("__")))

# slot order: members sorted, __slots__ kept as written
class Order:
    __slots__ = ("zeta", "alpha", "mid")
print(list(Order.__dict__)[:5], Order.__slots__)

# __class__ assignment between classes with the same slots keeps the values
class P:
    __slots__ = ("a",)
class Q:
    __slots__ = ("a",)
p = P()
p.a = 5
p.__class__ = Q
print(type(p).__name__, p.a)
class R:
    __slots__ = ("b",)
try:
    p.__class__ = R
except TypeError as e:
    print(type(e).__name__, e)

# exceptions with slots
class E(Exception):
    __slots__ = ("code",)
e = E("boom")
e.code = 7
print(e.code, e.args, e.__dict__)

# dictless instances refuse other attributes; vars() fails
class Tight:
    __slots__ = ("only",)
t = Tight()
try:
    t.other = 1
except AttributeError as err:
    print(type(err).__name__, err)
try:
    vars(t)
except TypeError as err:
    print(type(err).__name__, err)
try:
    del t.only
except AttributeError as err:
    print(type(err).__name__, err)
print(gc.collect(), gc.garbage)
