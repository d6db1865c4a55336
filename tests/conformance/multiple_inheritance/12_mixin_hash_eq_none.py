class EqOnly:
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
class Hashing:
    def __hash__(self):
        return hash(self.v)
class V1(EqOnly):
    def __init__(self, v):
        self.v = v
class V2(Hashing, EqOnly):
    def __init__(self, v):
        self.v = v
class V3(EqOnly, Hashing):
    def __init__(self, v):
        self.v = v
print(V2(3) == V2(3), V3(3) == V3(3), hash(V2(3)) == hash(3))
print(len({V2(1), V2(1), V2(2)}))
for cls in (V1, V3):
    try:
        hash(cls(1))
        print(cls.__name__, "hashable")
    except TypeError as e:
        print("TypeError:", e)
print(V2.__hash__ is Hashing.__hash__, V3.__hash__, V1.__hash__, EqOnly.__hash__)
