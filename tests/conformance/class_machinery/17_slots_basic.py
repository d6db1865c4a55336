# __slots__ basics and AttributeError messages
class C:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a

c = C(1)
print(c.a)
try:
    c.b
except AttributeError as e:
    print(type(e).__name__, e)
c.b = 2
print(c.a, c.b)
try:
    c.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.z
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(c, "__dict__"), hasattr(c, "__weakref__"))
print(C.__slots__, sorted(k for k in C.__dict__ if not k.startswith("__")))

class S:
    __slots__ = "only"
s = S()
s.only = "one"
print(s.only, S.__slots__)
try:
    vars(s)
except TypeError as e:
    print(type(e).__name__, e)
