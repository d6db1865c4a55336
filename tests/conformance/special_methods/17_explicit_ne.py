class Loose:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("__eq__ called")
        return self.v == other.v
    def __ne__(self, other):
        print("__ne__ called")
        return "custom ne result"
a, b = Loose(1), Loose(1)
print(a == b)
print(a != b)
print(not (a == b))
print([a] == [b], [a] != [b])
class Weird:
    def __eq__(self, other):
        return "truthy string"
w = Weird()
print(w == 1, w != 1, w in [1], [w].count(1))
