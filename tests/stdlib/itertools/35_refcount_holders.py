import itertools
import sys

data = [1, 2, 3]
base = sys.getrefcount(data)
it = iter(data)
bi = sys.getrefcount(it)
s = itertools.islice(it, 2)
print("islice holds the iterator:", sys.getrefcount(it) - bi)
print(list(s))
print("after islice reached stop:", sys.getrefcount(it) - bi)
del s
print("after del islice:", sys.getrefcount(it) - bi)
del it
print("list back to base:", sys.getrefcount(data) - base)

fill = ["fill"]
bf = sys.getrefcount(fill)
z = itertools.zip_longest([1, 2, 3], [4], fillvalue=fill)
print("zip_longest holds fillvalue:", sys.getrefcount(fill) - bf)
rows = list(z)
print("rows use it twice:", sys.getrefcount(fill) - bf)
del rows
del z
print("after del:", sys.getrefcount(fill) - bf)

init = [0]
bn = sys.getrefcount(init)
acc = itertools.accumulate([[1], [2]], initial=init)
print("accumulate holds initial:", sys.getrefcount(init) - bn)
first = next(acc)
print(first is init, sys.getrefcount(init) - bn)
del first
print(list(acc))
print("after exhausting:", sys.getrefcount(init) - bn)
del acc
print("after del:", sys.getrefcount(init) - bn)

def pred(x):
    return x
bp = sys.getrefcount(pred)
objs = [itertools.takewhile(pred, []), itertools.dropwhile(pred, []),
        itertools.filterfalse(pred, []), itertools.starmap(pred, [])]
print("four objects hold pred:", sys.getrefcount(pred) - bp)
del objs
print("after del:", sys.getrefcount(pred) - bp)
