class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("destroy", self.name)
a = Tracked("a")
print("before del")
del a
print("after del")
b = Tracked("b")
b = Tracked("b2")
print("after rebind")
c = Tracked("c")
d = c
del c
print("still referenced by d")
d = None
print("dropping b2")
del b
print("end")
