import gc
import operator

payload = ["x"]
ig = operator.itemgetter(payload)
refs = gc.get_referents(ig)
print(len(refs), [type(r).__name__ for r in refs])
print(any(r is payload for r in refs), any(r is operator.itemgetter for r in refs))
ig3 = operator.itemgetter(1, payload, "k")
refs = gc.get_referents(ig3)
print(len(refs), [type(r).__name__ for r in refs])
tups = [r for r in refs if type(r) is tuple]
print(len(tups[0]), tups[0][1] is payload, tups[0][0], tups[0][2])
ag = operator.attrgetter("a.b", "c")
refs = gc.get_referents(ag)
print(len(refs), [type(r).__name__ for r in refs])
mc = operator.methodcaller("meth", payload, key=payload)
refs = gc.get_referents(mc)
print(sorted(type(r).__name__ for r in refs))
print(gc.is_tracked(ig), gc.is_tracked(ag), gc.is_tracked(mc))
print(any(r is ig for r in gc.get_referrers(payload)))


class Box:
    def __init__(self):
        self.getter = None


b = Box()
b.getter = operator.itemgetter(b)
gc.collect()
del b
print("collected:", gc.collect() > 0)
