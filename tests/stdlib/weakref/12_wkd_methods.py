import copy
import weakref


class K:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "K(%s)" % self.name


a, b, c = K("a"), K("b"), K("c")
d = weakref.WeakKeyDictionary({a: 1, b: 2, c: 3})
refs = d.keyrefs()
print(type(refs).__name__, len(refs), sorted(r().name for r in refs))
print(all(type(r) is weakref.ReferenceType for r in refs))
print(d.pop(a), len(d), d.pop(a, "gone"))
try:
    d.pop(a)
except KeyError:
    print("KeyError")
try:
    d.pop(1)
except TypeError as e:
    print(type(e).__name__, e)
k, v = d.popitem()
print(k.name, v, len(d))
print(d.setdefault(a, 7), d.setdefault(a, 8), d[a])
print(d.setdefault(b), d[b])
d.update({a: 100})
d.update([(b, 200)])
print(sorted(v for v in d.values() if v))
e = d | {c: 5}
print(type(e).__name__, len(e), e[c], c in d)
d |= {c: 6}
print(d[c])
f = {c: 0} | d
print(type(f).__name__, f[c])
try:
    d | 1
except TypeError as err:
    print(type(err).__name__, err)
cp = d.copy()
print(type(cp).__name__, len(cp), cp[c])
lst = [1]
d[a] = lst
dc = copy.deepcopy(d)
print(dc[a] == [1], dc[a] is lst, copy.copy(d)[a] is lst)
empty = weakref.WeakKeyDictionary()
try:
    empty.popitem()
except KeyError as err:
    print("KeyError", err)
