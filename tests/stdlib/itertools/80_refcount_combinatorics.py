import itertools
import sys

obj = ["payload"]
base = sys.getrefcount(obj)
p = itertools.product([obj, 1], repeat=2)
print("product pools hold it once:", sys.getrefcount(obj) - base)
first = next(p)
print("first result", first.count(obj), "uses; delta:", sys.getrefcount(obj) - base)
del first
print("after dropping the result:", sys.getrefcount(obj) - base)
rest = list(p)
print("rest:", len(rest), "delta:", sys.getrefcount(obj) - base)
del rest
print("exhausted product:", sys.getrefcount(obj) - base)
del p
print("after del product:", sys.getrefcount(obj) - base)

c = itertools.combinations([obj, 2, 3], 2)
print("combinations pool:", sys.getrefcount(obj) - base)
x = next(c)
print("holding (obj, 2):", sys.getrefcount(obj) - base)
del x
print("result dropped:", sys.getrefcount(obj) - base)
print(list(c))
print("exhausted combinations:", sys.getrefcount(obj) - base)
del c
print("after del:", sys.getrefcount(obj) - base)

pm = itertools.permutations([obj, 5])
print("permutations pool:", sys.getrefcount(obj) - base)
print(len(list(pm)), "exhausted:", sys.getrefcount(obj) - base)
del pm
print("after del:", sys.getrefcount(obj) - base)

a, b = itertools.tee([obj, obj])
next(a)
print("tee after one next, buffer + list iterator:", sys.getrefcount(obj) - base)
del a, b
print("after del tees:", sys.getrefcount(obj) - base)

g = itertools.groupby([obj, obj])
k, grp = next(g)
print("groupby key is the object:", k is obj, sys.getrefcount(obj) - base)
del k, grp, g
print("after del groupby:", sys.getrefcount(obj) - base)
