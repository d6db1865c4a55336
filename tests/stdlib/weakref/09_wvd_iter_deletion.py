import weakref


class V:
    def __init__(self, n):
        self.n = n


vals = {i: V(i) for i in range(6)}
d = weakref.WeakValueDictionary()
for i, v in vals.items():
    d[i] = v
del v
seen = []
for k in d:
    seen.append(k)
    if k == 1:
        del vals[3]
        del vals[4]
        print("pending", len(d._pending_removals))
print(seen, len(d), sorted(d))

# values dying while items() is partly consumed
it = d.items()
print(next(it)[0])
del vals[5]
print([k for k, v in it])
print(sorted(d))

# an abandoned iterator: removals committed when it is dropped
it = iter(d)
next(it)
del vals[0]
print(len(d._pending_removals))
del it
print(len(d._pending_removals), sorted(d))

# len() during iteration commits the removals, so the dict changes under the iterator
for i in range(10, 14):
    vals[i] = V(i)
    d[i] = vals[i]
try:
    for k in d:
        if k == 10:
            del vals[11]
            print("len", len(d))
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(d))
