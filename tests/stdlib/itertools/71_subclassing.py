import itertools

for cls in [itertools.groupby, itertools.product, itertools.permutations,
            itertools.combinations, itertools.combinations_with_replacement]:
    Sub = type("Sub_" + cls.__name__, (cls,), {})
    print(cls.__name__, "subclassable", Sub.__mro__[1] is cls)

g = itertools.groupby("a")
_, grp = next(g)
for cls in [type(grp), type(itertools.tee([])[0])]:
    try:
        type("Sub", (cls,), {})
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)


class Tagged(itertools.product):
    def __next__(self):
        return ("tag",) + super().__next__()


print(list(Tagged("ab", [1])))
t = Tagged("x", repeat=2)
print(type(t).__name__, isinstance(t, itertools.product), list(t))


class Groups(itertools.groupby):
    def __init__(self, iterable, key=None):
        print("  Groups.__init__", key is None)

    def pairs(self):
        return [(k, list(v)) for k, v in self]


gr = Groups("aabcc")
print(type(gr).__name__, gr.pairs())


class Perms(itertools.permutations):
    extra = "class attribute"


p = Perms("abc", 2)
print(p.extra, len(list(p)), next(p, "done"))
p.note = "instance attribute"
print(p.note)


class Combos(itertools.combinations):
    def __new__(cls, iterable, r):
        print("  Combos.__new__", r)
        return super().__new__(cls, iterable, r)


print(list(Combos(range(3), 2)))
try:
    itertools.product("a").note = 1
except AttributeError as e:
    print(type(e).__name__, e)
