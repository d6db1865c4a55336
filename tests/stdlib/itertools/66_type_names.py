import itertools

g = itertools.groupby("aab")
k, grp = next(g)
a, b = itertools.tee([1])
objs = [
    g, grp, a, itertools.product("a"), itertools.permutations("ab"),
    itertools.combinations("ab", 1), itertools.combinations_with_replacement("ab", 1),
]
for o in objs:
    t = type(o)
    print(t.__name__, t.__qualname__, t.__module__, repr(t), iter(o) is o, isinstance(o, t))
print(type(a) is type(b), type(a) is itertools._tee)
print(type(grp) is itertools._grouper, type(g) is itertools.groupby)
print(repr(itertools.tee), type(itertools.tee).__name__, itertools.tee.__name__)
print(isinstance(itertools.groupby, type), isinstance(itertools.tee, type))
print(isinstance(itertools.product, type), isinstance(itertools._tee, type))
print(repr(itertools._tee_dataobject))
print(hasattr(itertools, "batched"))
print(sorted([n for n in dir(itertools) if not n.startswith("_")]))
print(sorted([n for n in dir(itertools) if n.startswith("_") and not n.startswith("__")]))
print(len([n for n in dir(itertools) if not n.startswith("_")]))
for o in objs:
    print(type(o).__name__, hasattr(o, "__length_hint__"), hasattr(o, "__copy__"),
          hasattr(o, "__next__"), hasattr(o, "__iter__"))
for cls in (itertools.groupby, itertools.product, itertools.permutations,
            itertools.combinations, itertools.combinations_with_replacement):
    print(cls.__name__, issubclass(cls, object), cls.__base__.__name__)
