# property objects and their __doc__
class C:
    _x = 0
    @property
    def x(self):
        """The x value."""
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    def get_y(self):
        "getter doc"
        return 5
    y = property(get_y, doc="explicit doc")
    z = property(get_y)
    w = property(lambda self: 1)
    n = property()

print(C.x.__doc__, "|", C.y.__doc__, "|", C.z.__doc__, "|", C.w.__doc__)
c = C()
c.x = 7
print(c.x, c.y, c.z, c.w)
for name in ("y", "n"):
    try:
        setattr(c, name, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    c.n
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.x
except AttributeError as e:
    print(type(e).__name__, e)
print(type(C.x).__name__, C.x.fget.__name__, C.x.fset.__name__, C.x.fdel)
p2 = C.x.deleter(lambda self: print("deleting"))
print(p2 is C.x, p2.__doc__)
C.x = p2
del c.x
