from collections import defaultdict

print(repr(defaultdict(list)))
print(repr(defaultdict(int, {"a": 1, "b": 2})))
print(repr(defaultdict(set)))
print(repr(defaultdict(None)))
print(repr(defaultdict()))
print(repr(defaultdict(None, {1: 2})))
print(str(defaultdict(dict, x={})))
d = defaultdict(list)
d["k"].append(1)
print(d)
d = defaultdict(defaultdict)
d["a"]["b"] = 1
print(d)
e = defaultdict(list)
e["self"] = e
print(e)
f = defaultdict(tuple)
f["nested"] = defaultdict(int, {"n": 0})
print(f)
print(defaultdict(str, {"q": "'"}))


class Factory:
    def __call__(self):
        return 0

    def __repr__(self):
        return "Factory()"


print(defaultdict(Factory(), {"z": 9}))


class SelfRef:
    def __init__(self):
        self.dd = None

    def __call__(self):
        return 0

    def __repr__(self):
        return "SelfRef(%r)" % (self.dd,)


s = SelfRef()
s.dd = defaultdict(s)
print(repr(s.dd))
print(repr(defaultdict(bool)), repr(defaultdict(frozenset)))
