class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{self.v}m"
    def __add__(self, other):
        print("__add__", other)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("__radd__", other)
        if isinstance(other, (int, float)):
            return Meters(other + self.v)
        return NotImplemented
m = Meters(5)
print(m + Meters(2))
print(m + 1)
print(1 + m)
print(sum([Meters(1), Meters(2)]))
try:
    print(m + "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x" + m)
except TypeError as e:
    print(type(e).__name__, e)
