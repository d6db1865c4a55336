# deleting slot attributes
class C:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

c = C()
del c.a
for attempt in ("get", "del"):
    try:
        if attempt == "get":
            c.a
        else:
            del c.a
    except AttributeError as e:
        print(attempt, type(e).__name__, e)
try:
    del c.b
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.nope
except AttributeError as e:
    print(type(e).__name__, e)
c.a = "again"
print(c.a, getattr(c, "b", "default"))
print(hasattr(c, "b"))
c.b = [1, 2]
delattr(c, "b")
print(hasattr(c, "b"))

class D:
    __slots__ = ("x",)
    def __getattr__(self, name):
        return "fallback:" + name
d = D()
print(d.x, d.y)
d.x = 3
print(d.x)
