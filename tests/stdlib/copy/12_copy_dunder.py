import copy

class Res:
    def __init__(self, name, data):
        self.name = name
        self.data = data
    def __copy__(self):
        print("  __copy__ called for", self.name)
        return Res(self.name + "-copy", self.data)

r = Res("r", [1])
c = copy.copy(r)
print(c.name, c.data is r.data)
# deepcopy does not use __copy__
d = copy.deepcopy(r)
print(d.name, d.data is r.data)

# __copy__ may return anything
class Weird:
    def __copy__(self):
        return 42
print(copy.copy(Weird()))

# __copy__ looked up on the class, not the instance
class Plain:
    pass
p = Plain()
p.__copy__ = lambda: "instance attr"
print(type(copy.copy(p)).__name__)

# inherited __copy__
class Child(Res):
    pass
ch = Child("child", [])
print(type(copy.copy(ch)).__name__)

# copying a list of objects with __copy__ does not call it (shallow)
print("list copy")
items = copy.copy([r, r])
print(items[0] is r)
print("deepcopy list")
items = copy.deepcopy([r])
print(items[0] is not r, items[0].name)

# __copy__ raising propagates
class Refuse:
    def __copy__(self):
        raise TypeError("Refuse cannot be copied")
try:
    copy.copy(Refuse())
except TypeError as e:
    print(type(e).__name__, e)
# __copy__ = None on the class means "no __copy__": the default copy is used
class NoneCopy:
    __copy__ = None
    def __init__(self):
        self.v = [1]
nc = NoneCopy()
nc2 = copy.copy(nc)
print(type(nc2).__name__, nc2.v is nc.v)
