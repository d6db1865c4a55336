from collections import ChainMap
import copy

a = {"x": 1}
b = {"y": 2, "x": 0}
cm = ChainMap(a, b)
print(repr(cm))
print(str(ChainMap()), repr(ChainMap({})))
self_ref = ChainMap({})
self_ref.maps[0]["me"] = self_ref
print(self_ref)
print(list(ChainMap({"b": 1}, {"a": 2, "c": 3}, {"d": 4, "b": 5})))
print(list(ChainMap({"x": 1}, {"y": 2}, {"x": 3, "z": 4}).items()))
r = cm | {"z": 3}
print(r, r.maps[0] is a, type(r).__name__)
r2 = {"z": 3, "x": 9} | cm
print(r2, type(r2).__name__)
r3 = cm | ChainMap({"w": 1}, {"x": 5})
print(r3)
try:
    cm | 5
except TypeError as e:
    print(type(e).__name__, e)
alias = cm
cm |= {"q": 1}
print(cm is alias, a, b)
c = cm.copy()
print(c, c.maps[0] is a, c.maps[1] is b)
c["new"] = 1
print("new" in a, "new" in c)
c2 = copy.copy(cm)
print(c2.maps[0] is a, c2.maps[1] is b)
d = copy.deepcopy(cm)
print(d, d.maps[0] is a)
print(cm.__copy__() == cm, cm == {"x": 1, "y": 2, "q": 1}, cm == ChainMap({"x": 1, "y": 2, "q": 1}))
print(ChainMap({"a": 1}) == ChainMap({}, {"a": 1}), ChainMap() == {})
try:
    hash(cm)
except TypeError as e:
    print(type(e).__name__, e)
print(ChainMap.fromkeys("ab"), ChainMap.fromkeys("ab", 0))
from collections.abc import MutableMapping

print(isinstance(cm, MutableMapping), isinstance(cm, dict))
