import copy

d = {"a": 1, "b": [1, 2], "c": {"x": [0]}}
s = copy.copy(d)
dd = copy.deepcopy(d)
print(s == d, dd == d, s is d, dd is d)
print(s["b"] is d["b"], dd["b"] is d["b"], dd["c"]["x"] is d["c"]["x"])
d["b"].append(3)
d["new"] = True
print(d)
print(s)
print(dd)
print(list(dd), list(s))

# keys are deep-copied too (a tuple key containing a frozenset stays equal)
k = (1, frozenset({2}))
kd = copy.deepcopy({k: "v"})
print(kd, list(kd)[0] is k)

class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return self.n == other.n
    def __repr__(self):
        return f"Key({self.n})"
ko = Key(1)
m = {ko: [ko]}
m2 = copy.deepcopy(m)
k2 = list(m2)[0]
print(m2, k2 is ko, m2[k2][0] is k2)

# dict subclass with state
class Config(dict):
    pass
c = Config(a=[1])
c.source = "file"
c2 = copy.deepcopy(c)
c3 = copy.copy(c)
print(type(c2).__name__, c2, c2.source, c2["a"] is c["a"], c3["a"] is c["a"])
print(copy.copy({}) == {}, copy.deepcopy({1: {}})[1] is not None)
# order is kept
o = {3: "c", 1: "a", 2: "b"}
print(copy.deepcopy(o), copy.copy(o))
