class Default:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        print("descriptor __get__", obj is None)
        return self.value


class Config:
    color = Default("red")

    def greet(self):
        return "hello"


c = Config()
print(c.color)
c.color = "blue"
print(c.color)
print(c.__dict__)
del c.color
print(c.color)
# methods are non-data descriptors too: an instance attribute shadows them
c.greet = lambda: "shadowed"
print(c.greet())
del c.greet
print(c.greet())
print("greet" in vars(c), "color" in vars(c))
try:
    del c.color
except AttributeError as e:
    print("AttributeError:", e)
