import itertools
import sys

obj = ["payload"]
base = sys.getrefcount(obj)
r = itertools.repeat(obj, 3)
print("repeat holds it:", sys.getrefcount(obj) - base)
first = next(r)
print("after one next:", sys.getrefcount(obj) - base)
del first
rest = list(r)
print("exhausted, list holds 2:", sys.getrefcount(obj) - base, repr(r)[:9])
del rest
print("exhausted repeat still holds it:", sys.getrefcount(obj) - base)
del r
print("after del repeat:", sys.getrefcount(obj) - base)
inf = itertools.repeat(obj)
taken = list(itertools.islice(inf, 4))
print("infinite repeat + 4 in list:", sys.getrefcount(obj) - base)
del taken, inf
print("after del both:", sys.getrefcount(obj) - base)

a = {"a": 1}
b = {"b": 2}
ba = sys.getrefcount(a)
bb = sys.getrefcount(b)
src = [a, b]
c = itertools.cycle(src)
print("src list only, cycle not started:", sys.getrefcount(a) - ba, sys.getrefcount(b) - bb)
x = next(c)
print("after one next (saved + x):", sys.getrefcount(a) - ba, sys.getrefcount(b) - bb)
del x
print(next(c) is b, next(c) is a)
print("after a full pass:", sys.getrefcount(a) - ba, sys.getrefcount(b) - bb)
del src
print("after del src:", sys.getrefcount(a) - ba, sys.getrefcount(b) - bb)
del c
print("after del cycle:", sys.getrefcount(a) - ba, sys.getrefcount(b) - bb)
