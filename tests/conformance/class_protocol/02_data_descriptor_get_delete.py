class Resettable:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")

    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop(self.name, None)


class Box:
    value = Resettable("value")


b = Box()
print(b.value)
b.__dict__["value"] = 10
print(b.value)
del b.value
print(b.value)
del b.value
print(b.value)
# no __set__: assignment is refused although the descriptor is a data descriptor
try:
    b.value = 5
except AttributeError as e:
    print("AttributeError:", e)
print(b.value)
print(b.__dict__)
