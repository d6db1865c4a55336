import copy

s = {1, 2, 3}
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2, s3, s2 is s, s3 is s)
s.add(4)
print(sorted(s), sorted(s2), sorted(s3))

fs = frozenset({1, 2, 3})
print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs)

# deepcopy does not treat frozenset as atomic: a new equal one is built
fs2 = frozenset({(1, 2), (3, 4)})
print(copy.deepcopy(fs2) is fs2, copy.deepcopy(fs2) == fs2)

# a frozenset containing objects that are copied gets rebuilt
class Item:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, Item) and self.n == other.n
fo = frozenset({Item(1), Item(2)})
fo2 = copy.deepcopy(fo)
print(fo2 is fo, fo2 == fo, type(fo2).__name__)
print(sorted(i.n for i in fo2))
orig_items = {id(i) for i in fo}
print(any(id(i) in orig_items for i in fo2))

# set of objects: deepcopy copies the elements
so = {Item(5)}
so2 = copy.deepcopy(so)
print(next(iter(so2)) is next(iter(so)), so2 == so)
print(next(iter(copy.copy(so))) is next(iter(so)))

class Tags(set):
    pass
t = Tags({7, 8})
t.owner = "me"
t2 = copy.deepcopy(t)
print(type(t2).__name__, sorted(t2), t2.owner)
class FTags(frozenset):
    pass
ft = FTags({1})
print(copy.copy(ft) is ft, copy.deepcopy(ft) is ft, type(copy.deepcopy(ft)).__name__)
print(copy.copy(set()), copy.deepcopy(frozenset()))
