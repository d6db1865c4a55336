from collections import ChainMap

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = {"z": 300, "w": 400}
cm = ChainMap(a, b, c)
print(cm["x"], cm["y"], cm["z"], cm["w"])
print(cm.maps, cm.maps[0] is a, len(cm.maps))
print(len(cm), list(cm), list(cm.keys()), list(cm.values()), list(cm.items()))
print("x" in cm, "w" in cm, "q" in cm, cm.get("q"), cm.get("q", 0), cm.get("z"))
try:
    cm["q"]
except KeyError as e:
    print(type(e).__name__, e)
print(ChainMap(), ChainMap().maps, len(ChainMap()), bool(ChainMap()), bool(ChainMap({}, {})))
print(bool(ChainMap({}, {"a": 1})))
b["new"] = "late"
print(cm["new"], len(cm))
cm.maps.append({"tail": True})
print(cm["tail"], list(cm))
cm.maps.reverse()
print(cm["y"], cm["z"], list(cm))
print(dict(cm))
empty = ChainMap({})
print(empty.maps, list(empty))
single = ChainMap(a)
print(single["x"], single.maps[0] is a)
try:
    ChainMap(5)["a"]
except TypeError as e:
    print(type(e).__name__, e)


class Missing(ChainMap):
    def __missing__(self, key):
        return "missing:" + key


print(Missing({"a": 1})["a"], Missing({"a": 1})["b"])
print(ChainMap({1: "int"}, {1.0: "float"})[1.0], ChainMap({True: "t"})[1])
