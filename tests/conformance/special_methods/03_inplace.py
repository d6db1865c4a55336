class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        print("iadd", other)
        self.items.append(other)
        return self
    def __repr__(self):
        return f"Acc{self.items}"
class Num:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        print("add")
        return Num(self.n + o)
a = Acc()
b = a
a += 1
a += "two"
print(a, a is b)
x = Num(1)
y = x
x += 5
print(x.n, y.n, x is y)
class Bad:
    def __iadd__(self, other):
        return None
z = Bad()
z += 1
print(z)
