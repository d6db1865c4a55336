# assigning to an instance's __dict__
class C:
    cls_attr = "class"

o = C()
o.old = 1
o.__dict__ = {"a": 1, "b": 2}
print(o.a, o.b, hasattr(o, "old"), o.cls_attr)
shared = {"v": 0}
p, q = C(), C()
p.__dict__ = shared
q.__dict__ = shared
p.v = 10
print(q.v, shared)
try:
    o.__dict__ = [("a", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del o.__dict__
    print("deleted", o.__dict__)
except TypeError as e:
    print(type(e).__name__, e)

class MyDict(dict):
    pass
o.__dict__ = MyDict(z=26)
print(o.z, type(o.__dict__).__name__)

class F:
    def __init__(self):
        self.__dict__.update(x=1, y=2)
f = F()
print(f.x, f.y, sorted(f.__dict__))
f.__dict__.clear()
try:
    f.x
except AttributeError as e:
    print(type(e).__name__, e)
