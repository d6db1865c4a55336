import operator


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class IntSub(int):
    pass


print(operator.index(5), operator.index(-3), operator.index(True), operator.index(False))
print(operator.index(Idx(7)), operator.index(Idx(2 ** 80)))
r = operator.index(IntSub(9))
print(r, type(r).__name__)
print(operator.__index__ is operator.index)
print([10, 20, 30, 40][Idx(2)], "abcdef"[Idx(1):Idx(4)])
print(range(Idx(3)), list(range(Idx(1), Idx(6), Idx(2))))
for bad in [1.5, "3", None, Idx(1.0), Idx("x")]:
    try:
        operator.index(bad)
    except TypeError as e:
        print("TypeError:", e)
