import sys
x = []
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
z = y
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
z = None
print(sys.getrefcount(x))
d = {}
print(sys.getrefcount(d))
class Obj:
    pass
o = Obj()
print(sys.getrefcount(o))
print(sys.getrefcount([]), sys.getrefcount({}), sys.getrefcount(Obj()))
