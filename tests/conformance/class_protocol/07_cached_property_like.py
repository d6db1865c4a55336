class cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @cached
    def area(self):
        return 3 * self.r * self.r

    @cached
    def label(self):
        return "circle " + str(self.r)


c = Circle(2)
print(sorted(vars(c)))
print(c.area)
print(c.area)
print(c.label, c.label)
print(sorted(vars(c)))
c.r = 10
print(c.area)
del c.area
print(c.area)
c.area = "manual"
print(c.area)
d = Circle(1)
print(d.area, c.area)
print(type(Circle.area).__name__, Circle.area.name)
