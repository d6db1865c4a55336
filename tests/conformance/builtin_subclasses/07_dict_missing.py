class Defaulting(dict):
    def __missing__(self, key):
        print("missing", key)
        return len(str(key))

d = Defaulting(a=1)
print(d["a"], d["hello"], d[12345])
print(d, len(d))
print(d.get("zz"), d.get("zz", "dflt"), "zz" in d, "a" in d)
print(d.setdefault("q", 7), d)

class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0

c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()))
print(c["zzz"], "zzz" in c, len(c))
print(c.pop("zzz"), "zzz" in c)

class Strict(dict):
    def __missing__(self, key):
        raise KeyError("no " + repr(key))

s = Strict(x=1)
try:
    s["y"]
except KeyError as e:
    print("KeyError", e, e.args)
print(s.get("y", -1))
