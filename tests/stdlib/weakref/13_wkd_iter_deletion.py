import weakref


class K:
    def __init__(self, n):
        self.n = n


keys = {i: K(i) for i in range(6)}
d = weakref.WeakKeyDictionary()
for i, k in keys.items():
    d[k] = i
del k
seen = []
for k in d:
    seen.append(k.n)
    if k.n == 1:
        del keys[2]
        del keys[3]
        print("len while iterating", len(d), len(d._pending_removals))
del k
print(seen, len(d), sorted(d.values()))

# explicit deletion while removals are pending keeps len exact
it = d.items()
print(next(it)[1])
del keys[4]
print(len(d))
del d[keys[5]]
print(len(d))
del it
print(len(d), sorted(d.values()))

# pop while iterating a values() iterator
vals = d.values()
print(next(vals))
del keys[1]
print(len(d), d.pop(keys[0]), len(d))
try:
    print(list(vals))
except RuntimeError as e:
    print(type(e).__name__, e)
del vals
print(len(d), list(d.values()))
