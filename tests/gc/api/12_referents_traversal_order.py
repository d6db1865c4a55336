# CPython's traversal order as seen by get_referents: lists and tuples backwards, dicts value-then-key, instances values then class
import gc
class P:
    pass
print(gc.get_referents([1, "a", None]))
print(gc.get_referents((1, "a", 2.5)))
print(gc.get_referents({1: "a", 2: "b"}))
print(gc.get_referents({"a": 1, "b": 2}))
p = P()
p.x = 10
p.y = "s"
r = gc.get_referents(p)
print(r[0], r[1], r[2] is P, len(r))
