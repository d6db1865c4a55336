# registry pattern and __repr__ on a metaclass
class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.classes[ns.get("key", name.lower())] = cls
        return cls
    def __repr__(cls):
        return "<registered %s>" % cls.__name__
    def __str__(cls):
        return "Class:" + cls.__name__
    def __len__(cls):
        return len(Registry.classes)
    def __iter__(cls):
        return iter(sorted(Registry.classes))
    def __getitem__(cls, key):
        return Registry.classes[key]

class Shape(metaclass=Registry):
    def __repr__(self):
        return "instance of " + type(self).__name__

class Circle(Shape):
    key = "round"
class Square(Shape):
    pass

print(repr(Shape), str(Circle), Square)
print([Circle, Square])
print(len(Shape), list(Shape))
print(Shape["round"], Shape["square"]())
try:
    Shape["hexagon"]
except KeyError as e:
    print(type(e).__name__, e)
print("%r / %s" % (Circle, Circle))
print(f"{Square!r} {Square}")
