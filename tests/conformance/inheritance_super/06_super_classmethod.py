class Shape:
    registry = []
    def __init__(self, name):
        self.name = name
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        Shape.registry.append(type(obj).__name__)
        return obj
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    def area(self):
        return self.side ** 2
    @classmethod
    def create(cls, *args):
        print("Square.create")
        return super().create(*args)
s = Square.create(3)
print(s.area(), s.name, Shape.registry)
try:
    Shape.create("blob").area()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(Shape.registry)
