from collections import OrderedDict

od = OrderedDict([("a", 1), ("b", 2), ("c", 3), ("d", 4)])
print(od.popitem())
print(od.popitem(last=True))
print(od.popitem(last=False))
print(od)
print(od.popitem(False))
print(od, len(od))
for args in ((), (False,)):
    try:
        od.popitem(*args)
    except KeyError as e:
        print(type(e).__name__, e)
try:
    od.popitem(last=1, extra=2)
except TypeError as e:
    print(type(e).__name__, e)
od = OrderedDict.fromkeys(range(5))
order = []
while od:
    order.append(od.popitem(last=len(od) % 2 == 0)[0])
print(order)
od = OrderedDict(x=1, y=2)
print(od.pop("x"), od.pop("nope", "dflt"), od)
try:
    od.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
print(od.setdefault("y", 100), od.setdefault("z", 3), od.setdefault("w"), od)
od["a"] = 0
od["y"] = 20
print(od)
del od["z"]
od["z"] = 30
print(od)
print(od.get("q"), od.get("y"), "a" in od, len(od))
od.update([("n", 1)], m=2)
print(od)
od.clear()
print(od)
try:
    del od["gone"]
except KeyError as e:
    print(type(e).__name__, e)
