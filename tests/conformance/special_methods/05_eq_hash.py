class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k})"
d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, len({Key(1), Key(1), Key(3)}))
class NoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(NoHash(1) == NoHash(1), NoHash(1) != NoHash(2))
try:
    {NoHash(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(NoHash(1))
except TypeError as e:
    print(type(e).__name__, e)
class Default:
    pass
x = Default()
print(x == x, x == Default(), hash(x) == hash(x), len({x, x}))
