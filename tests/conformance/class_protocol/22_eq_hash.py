class Plain:
    pass


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


class EqHash(EqOnly):
    def __hash__(self):
        return hash(self.v)


class InheritsBoth(EqHash):
    pass


class EqAgain(EqHash):
    def __eq__(self, other):
        return False


class Explicit:
    __hash__ = None


print(EqOnly.__hash__ is None, "__hash__" in vars(EqOnly))
print(EqHash.__hash__ is None, InheritsBoth.__hash__ is EqHash.__hash__)
print(EqAgain.__hash__ is None)
print(Explicit.__hash__ is None)
for cls, arg in ((EqOnly, (1,)), (Explicit, ()), (EqAgain, (2,))):
    try:
        hash(cls(*arg))
    except TypeError as e:
        print("TypeError:", e)
    try:
        {cls(*arg): 1}
    except TypeError as e:
        print("TypeError:", e)
print(hash(EqHash(7)) == hash(7), hash(InheritsBoth(7)) == hash(7))
d = {EqHash(1): "one"}
print(d[EqHash(1)], d.get(InheritsBoth(1)))
print(len({EqHash(3), EqHash(3), InheritsBoth(3)}))
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
print(EqOnly(1) in [EqOnly(0), EqOnly(1)])
p = Plain()
print(hash(p) == hash(p), len({p, p}))
print(Plain.__hash__ is object.__hash__, EqOnly.__eq__ is not object.__eq__)
