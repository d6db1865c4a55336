import sys
class Shared:
    pass
s = Shared()
users = [s for _ in range(5)]
print(sys.getrefcount(s))
mapping = {i: s for i in range(3)}
print(sys.getrefcount(s))
del users[:2]
print(sys.getrefcount(s))
mapping.clear()
users = None
print(sys.getrefcount(s))
t = (s,) * 4
print(sys.getrefcount(s))
del t
print(sys.getrefcount(s))
