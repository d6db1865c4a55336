class Finalized:
    def __del__(self):
        print("__del__", type(self).__name__, self.name)
class Plain:
    def hello(self):
        return "hi " + self.name
class Left(Plain, Finalized):
    def __init__(self, name):
        self.name = name
class Right(Finalized, Plain):
    def __init__(self, name):
        self.name = name
class Deep(Left):
    pass
x = Left("x")
print(x.hello())
del x
print("after del x")
y = Right("y")
z = y
del y
print("y deleted, z alive")
del z
print("after del z")
d = Deep("d")
d = None
print("end")
