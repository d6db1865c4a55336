import gc
from collections import OrderedDict, ChainMap, Counter, namedtuple


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __del__(self):
        print("del", self.name)


od = OrderedDict()
for n in "abc":
    od[n] = Obj(n)
print("popitem last")
od.popitem()
print("popitem first")
od.popitem(last=False)
print("move_to_end keeps")
od.move_to_end("b")
print("overwrite")
od["b"] = Obj("b2")
print("drop od")
od = None
cm = ChainMap({"k": Obj("front")}, {"k": Obj("back")})
print("delete key")
del cm["k"]
print("lookup", cm["k"])
print("drop maps[1]")
cm.maps.pop()
print("drop chainmap")
del cm
P = namedtuple("P", "left right")
p = P(Obj("L"), Obj("R"))
q = p._replace(left=Obj("L2"))
print("drop p")
del p
print("drop q")
del q
c = Counter({Obj("ck"): 1})
c.subtract(c.copy())
print("zero count kept", len(c))
c = +c
print("after unary plus", len(c))
od = OrderedDict(me=None)
od["me"] = od
od["payload"] = Obj("cyclic")
del od
print("collect", gc.collect() > 0)
print("end")
