# sys.getrefcount relations: storing an object in a container adds a reference, deleting the
# container or the name removes it; absolute numbers are not printed.
import sys


class Thing:
    pass


t = Thing()
base = sys.getrefcount(t)
print(type(base).__name__, base >= 1)
holder = [t]
print(sys.getrefcount(t) - base)
holder2 = [t, t, t]
print(sys.getrefcount(t) - base)
d = {'k': t}
print(sys.getrefcount(t) - base)
alias = t
print(sys.getrefcount(t) - base)
del holder2
print(sys.getrefcount(t) - base)
del holder, d, alias
print(sys.getrefcount(t) - base)


def keep(x):
    return sys.getrefcount(x)


print(keep(t) > base)
s = set()
s.add(t)
s.add(t)
print(sys.getrefcount(t) - base)
s.clear()
print(sys.getrefcount(t) - base)
tup = (t,) * 4
print(sys.getrefcount(t) - base)
del tup
print(sys.getrefcount(t) - base)
lst = [t]
lst *= 3
print(sys.getrefcount(t) - base)
lst.pop()
print(sys.getrefcount(t) - base)
lst.clear()
print(sys.getrefcount(t) - base)
attr = Thing()
attr.ref = t
print(sys.getrefcount(t) - base)
attr = None
print(sys.getrefcount(t) - base)
try:
    sys.getrefcount()
except TypeError as e:
    print('TypeError', e)
