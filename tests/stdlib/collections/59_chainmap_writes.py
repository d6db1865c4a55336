from collections import ChainMap

a = {"x": 1}
b = {"x": 10, "y": 20}
cm = ChainMap(a, b)
cm["y"] = 2
print(a, b)
cm["z"] = 3
print(a, b, cm)
del cm["x"]
print(a, b, cm["x"])
try:
    del cm["x"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del cm["nope"]
except KeyError as e:
    print(type(e).__name__, e)
print(cm.pop("z"), a)
print(cm.pop("y"), cm.pop("y", "dflt"), cm["y"], a, b)
try:
    cm.pop("y")
except KeyError as e:
    print(type(e).__name__, e)
a["p"] = 1
print(cm.popitem(), a)
try:
    cm.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(b)
cm.update(u=1, x=5)
print(a, b)
print(cm.setdefault("y", 0), cm.setdefault("q", 7), a)
cm.clear()
print(a, b, dict(cm))
cm.maps[0]["back"] = 1
print(cm)
try:
    ChainMap()["x"]
except KeyError as e:
    print(type(e).__name__, e)
e = ChainMap()
e["k"] = "v"
print(e, e.maps)
try:
    ChainMap({}, {1: 1}).popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    del ChainMap({}, {(1, 2): 1})[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e)
