# __slots__ with inheritance
class Base:
    __slots__ = ("x",)

class Child(Base):
    __slots__ = ("y",)

class Loose(Base): pass

c = Child()
c.x, c.y = 1, 2
print(c.x, c.y, hasattr(c, "__dict__"))
try:
    c.z = 3
except AttributeError as e:
    print(type(e).__name__, e)

l = Loose()
l.x = 10
l.z = 20
print(l.x, l.z, l.__dict__)

class Empty(Base): __slots__ = ()
e = Empty()
e.x = 5
print(e.x, hasattr(e, "__dict__"))
try:
    e.y = 1
except AttributeError as err:
    print(type(err).__name__, err)
print(Child.x is Base.x, "x" in Child.__dict__, "y" in Child.__dict__)
print(Child.__slots__, Base.__slots__)

class A: __slots__ = ("p",)
class B: __slots__ = ("q",)
try:
    class AB(A, B):
        pass
except TypeError as err:
    print(type(err).__name__, err)
