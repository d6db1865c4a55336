class Logged:
    def __init__(self, default):
        self.default = default
        self.name = "?"

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("get", self.name, "from", type(obj).__name__)
        return obj.__dict__.get("_" + self.name, self.default)

    def __set__(self, obj, value):
        print("set", self.name, "=", repr(value))
        obj.__dict__["_" + self.name] = value


class Point:
    x = Logged(0)
    y = Logged(0)

    def __init__(self, x):
        self.x = x


p = Point(3)
print(p.x, p.y)
p.y = 7
print(p.x + p.y)
# a data descriptor wins over the instance dict, even for the same key
p.__dict__["x"] = "shadow"
print(p.x)
print(sorted(p.__dict__))
print(type(vars(Point)["x"]).__name__)
print(isinstance(Point.x, Logged))
setattr(p, "y", [1, 2])
print(getattr(p, "y"))
