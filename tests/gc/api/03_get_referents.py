# gc.get_referents returns what containers point to; untracked-type arguments contribute nothing
import gc
class P:
    pass
def names(objs):
    out = []
    for o in objs:
        out.append(type(o).__name__)
    out.sort()
    return out
inner = [2]
print(sorted(gc.get_referents([3, 1, 2])))
print(names(gc.get_referents((1, "a", inner))))
print(len(gc.get_referents({"a": 1, "b": inner})))
print(sorted(gc.get_referents({1: 10, 2: 20})))
p = P()
p.x = inner
p.y = 5
print(names(gc.get_referents(p)))
print(gc.get_referents(1, "s", 2.5, None))
print(sorted(gc.get_referents([1], [2, 3])))
print(gc.get_referents())
print(len(gc.get_referents(P)) > 0)
