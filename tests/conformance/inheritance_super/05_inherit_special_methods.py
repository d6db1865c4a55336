class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(map(str, self.c))})"
    def __eq__(self, o):
        return type(self) is type(o) and self.c == o.c
    def __hash__(self):
        return hash(tuple(self.c))
    def __len__(self):
        return len(self.c)
    def __add__(self, o):
        return type(self)(*[a + b for a, b in zip(self.c, o.c)])
class Vec2(Vec):
    def __init__(self, x, y):
        super().__init__(x, y)
a, b = Vec2(1, 2), Vec2(3, 4)
print(a + b, len(a), a == Vec2(1, 2), a == Vec(1, 2), repr(Vec(1)))
print({a, Vec2(1, 2)} == {a}, isinstance(a + b, Vec2))
