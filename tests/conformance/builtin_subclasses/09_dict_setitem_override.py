class Upper(dict):
    def __setitem__(self, key, value):
        print("setitem", key, value)
        super().__setitem__(key.upper(), value)

d = Upper()
d["a"] = 1
d["b"] = 2
print(sorted(d.items()))
d.update({"c": 3})
d.update(e=5)
print(sorted(d.items()))
d.setdefault("f", 6)
print(sorted(d.keys()))
dict.__setitem__(d, "g", 7)
print(sorted(d))
u = Upper({"x": 1}, y=2)
print(sorted(u.items()))
d |= {"h": 8}
print(sorted(d), type(d).__name__)

class Validated(dict):
    def __setitem__(self, key, value):
        if not isinstance(value, int):
            raise TypeError("value for " + key + " must be int")
        dict.__setitem__(self, key, value)

v = Validated()
v["n"] = 1
try:
    v["s"] = "one"
except TypeError as e:
    print("TypeError", e)
v.update(s="bypassed")
print(v)
