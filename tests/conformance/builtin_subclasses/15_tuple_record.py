class Point(tuple):
    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def moved(self, dx, dy):
        return Point((self.x + dx, self.y + dy))

    def __repr__(self):
        return "Point(x=" + repr(self.x) + ", y=" + repr(self.y) + ")"

p = Point((3, 4))
print(p.x, p.y, p)
m = p.moved(1, -1)
print(m, m.x, type(m).__name__)
print(p == (3, 4), p == Point([3, 4]), p is Point([3, 4]))
print(hash(p) == hash((3, 4)))
print(str(p), [p, m], f"{p}")
x, y = p
print(x + y, p[::-1], sorted([m, p]))
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError", e)
try:
    p[0] = 10
except TypeError as e:
    print("TypeError", e)
p.label = "origin-ish"
print(p.label)
seen = {p: "first"}
seen[(3, 4)] = "second"
print(len(seen), seen[p])
