import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%d)" % self.n


vs = [V(i) for i in range(4)]
d = weakref.WeakValueDictionary()
for i, v in enumerate(vs):
    d[i] = v
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(type(d.keys()).__name__, type(iter(d)).__name__)
refs = d.valuerefs()
print(type(refs).__name__, len(refs), [r() for r in refs])
print(all(isinstance(r, weakref.ReferenceType) for r in refs))
it = d.itervaluerefs()
print(type(it).__name__, [r().n for r in it])
del vs[0]
print(refs[0](), [r() for r in d.valuerefs()])
print(list(reversed(list(d))))
print(dict(d))
k = d.keys()
print(next(k), next(k))
del vs[:]
print(list(k), list(d))
