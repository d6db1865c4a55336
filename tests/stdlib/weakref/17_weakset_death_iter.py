import weakref


class O:
    def __init__(self, n):
        self.n = n


objs = [O(i) for i in range(6)]
s = weakref.WeakSet(objs)
print(len(s))
del objs[0]
print(len(s))
seen = 0
for x in s:
    seen += 1
    if seen == 1:
        # drop two objects other than the one the iterator is holding
        keep = [o for o in objs if o is not x][2:]
        objs = [x] + keep
        del keep
        print("len during", len(s), len(s._pending_removals))
del x
print(seen <= 5, len(s), len(s._pending_removals))
it = iter(s)
held = next(it)
objs = [o for o in objs if o is held] + [o for o in objs if o is not held][1:]
print(len(s), len(s._pending_removals))
s.add(O(100))
print("after add", len(s))
del it
print(len(s), len(s._pending_removals))
del held
print(len(s))
objs.clear()
print(len(s), list(s))
