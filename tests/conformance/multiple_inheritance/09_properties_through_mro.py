class Shape:
    def __init__(self, w, h):
        self._w = w
        self._h = h
    @property
    def area(self):
        return self._w * self._h
    @property
    def kind(self):
        return "shape"
class Labeled:
    @property
    def label(self):
        return "<" + self.kind + ">"
    @property
    def kind(self):
        return "labeled"
class Scaled(Shape):
    @property
    def area(self):
        return super().area * 2
class Box(Labeled, Scaled):
    pass
class Box2(Scaled, Labeled):
    pass
b = Box(2, 3)
print(b.area, b.kind, b.label)
b2 = Box2(2, 3)
print(b2.area, b2.kind, b2.label)
print([c.__name__ for c in Box.__mro__])
print([c.__name__ for c in Box2.__mro__])
try:
    b.area = 5
except AttributeError as e:
    print("AttributeError:", e)
print(type(Box.__dict__.get("area")).__name__, type(Scaled.__dict__["area"]).__name__)
