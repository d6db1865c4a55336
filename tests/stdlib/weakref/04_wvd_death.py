import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del V", self.n)


d = weakref.WeakValueDictionary()
vals = [V(i) for i in range(5)]
for i, v in enumerate(vals):
    d["k%d" % i] = v
del v
print(len(d))
del vals[1]
print(len(d), "k1" in d, d.get("k1"))
vals.pop()
print(len(d), sorted(d))
shared = V(99)
d["x"] = shared
d["y"] = shared
print(len(d))
del shared
print(len(d), sorted(d))
# replacing a value: the old one dying must not remove the new entry
old = V(7)
d["k0"] = old
new = V(8)
d["k0"] = new
del old
print(d["k0"].n, len(d))
vals.clear()
print(len(d), sorted(d))
del new
print(len(d), list(d.items()))
