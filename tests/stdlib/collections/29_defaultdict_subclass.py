from collections import defaultdict


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

    def to_dict(self):
        return {k: v.to_dict() for k, v in self.items()}


t = Tree()
t["a"]["b"]["c"]
t["a"]["d"]
t["e"]
print(t.to_dict())
print(type(t["a"]).__name__, isinstance(t, dict), isinstance(t, defaultdict))


class Loud(defaultdict):
    def __missing__(self, key):
        print("missing", key)
        return super().__missing__(key)


ld = Loud(int)
ld["x"] += 5
print(ld["x"], dict(ld), ld.get("y"), "y" in ld)


class NoStore(defaultdict):
    def __missing__(self, key):
        return self.default_factory()


ns = NoStore(list)
ns["a"].append(1)
print(dict(ns), ns["a"])


class KeyLen(defaultdict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]


kl = KeyLen()
print(kl["hello"], kl["hi"], dict(kl), kl.default_factory)
print(repr(Loud(list, {"k": 1})))
print(type(Loud(int).copy()).__name__)
print(type(Loud(int) | {}).__name__)
