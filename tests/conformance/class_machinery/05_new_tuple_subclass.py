# __new__ on tuple subclasses
class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return "P(%r, %r)" % tuple(self)

p = P(1, 2)
print(p, p.x, len(p), p == (1, 2), type(p).__name__)
print(isinstance(p, tuple), hash(p) == hash((1, 2)))
a, b = p
print(a, b)
print(p + (3,), type(p + (3,)).__name__)
try:
    P(1)
except TypeError as e:
    print(type(e).__name__, e)

class Bad(tuple):
    def __init__(self, a, b):
        pass
try:
    Bad(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

class Point3(tuple):
    __slots__ = ()
    def __new__(cls, *coords):
        return tuple.__new__(cls, coords)
q = Point3(1, 2, 3)
print(q, hasattr(q, '__dict__'), sum(q))
