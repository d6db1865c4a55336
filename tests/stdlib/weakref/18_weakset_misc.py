import collections.abc
import copy
import weakref


class O:
    def __init__(self, n):
        self.n = n


print(repr(weakref.WeakSet()), str(weakref.WeakSet()))
print(isinstance(weakref.WeakSet(), collections.abc.MutableSet))
print(issubclass(weakref.WeakSet, collections.abc.Set), weakref.WeakSet.__mro__[-1].__name__)
a = O(1)
s = weakref.WeakSet([a])
print(repr(s).startswith("{<weakref at 0x"), "; to 'O' at 0x" in repr(s), repr(s).endswith(">}"))
g = weakref.WeakSet[O]
print(g, g.__origin__ is weakref.WeakSet, g.__args__)
c = copy.copy(s)
print(type(c).__name__, len(c), a in c)
d = copy.deepcopy(s)
print(type(d).__name__, len(d))
r = s.__reduce__()
print(r[0] is weakref.WeakSet, r[1] == ([a],), sorted(r[2]))


class Sub(weakref.WeakSet):
    pass


t = Sub([a])
print(type(t.copy()).__name__, type(t | s).__name__, type(t & s).__name__, type(t - s).__name__)
print(t == s, s == t, Sub() == weakref.WeakSet())
print(type(copy.copy(t)).__name__)
