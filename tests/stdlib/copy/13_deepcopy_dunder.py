import copy

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo is dict:", type(memo).__name__)
        new = Matrix(copy.deepcopy(self.rows, memo))
        return new

m = Matrix([[1, 2], [3, 4]])
m2 = copy.deepcopy(m)
print(m2.rows, m2.rows is m.rows, m2.rows[0] is m.rows[0])
# copy.copy does not use __deepcopy__
m3 = copy.copy(m)
print(m3.rows is m.rows)

# the result of __deepcopy__ is memoized: shared references stay shared
pair = [m, m]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1])

# __deepcopy__ that returns self (an "immutable" object)
class Frozen:
    def __init__(self, v):
        self.v = v
    def __deepcopy__(self, memo):
        return self
f = Frozen([1])
print(copy.deepcopy(f) is f, copy.deepcopy([f])[0] is f)

# __deepcopy__ with the wrong signature
class BadSig:
    def __deepcopy__(self):
        return self
try:
    copy.deepcopy(BadSig())
except TypeError as e:
    print(type(e).__name__, e)

# __deepcopy__ looked up on the instance too (getattr on the object)
class Inst:
    pass
i = Inst()
i.__deepcopy__ = lambda memo: "from instance attribute"
print(copy.deepcopy(i))

# both __copy__ and __deepcopy__
class Both:
    def __copy__(self):
        return "shallow"
    def __deepcopy__(self, memo):
        return "deep"
print(copy.copy(Both()), copy.deepcopy(Both()), copy.deepcopy({"b": Both()}))
