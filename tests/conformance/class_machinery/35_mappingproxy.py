# class __dict__ is a read-only mappingproxy
class C:
    x = 1
    def m(self):
        return 2

d = C.__dict__
print(type(d).__name__, d["x"], "x" in d, "y" in d, d.get("y", "none"))
try:
    d["x"] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update({"y": 1})
except AttributeError as e:
    print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
C.y = 3
print("y" in d, d["y"])
print(type(d["m"]).__name__, type(C.m).__name__)
c = d.copy()
print(type(c).__name__, sorted(k for k in c if not k.startswith("__")))
import types
p = types.MappingProxyType({"a": 1})
print(p["a"], len(p), list(p.items()), p == {"a": 1})
try:
    p["b"] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
