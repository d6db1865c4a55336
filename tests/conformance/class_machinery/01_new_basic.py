# __new__ with and without __init__, call order
log = []

class OnlyNew:
    def __new__(cls, *args):
        log.append(("OnlyNew.__new__", cls.__name__, args))
        obj = super().__new__(cls)
        obj.args = args
        return obj

class Both:
    def __new__(cls, x):
        log.append(("Both.__new__", x))
        return super().__new__(cls)
    def __init__(self, x):
        log.append(("Both.__init__", x))
        self.x = x

a = OnlyNew(1, 2)
print(a.args, type(a).__name__)
b = Both(5)
print(b.x)
for entry in log:
    print(entry)

class InitOnly:
    def __init__(self, v):
        self.v = v

print(InitOnly(3).v)
print(InitOnly.__new__ is object.__new__)
print(OnlyNew.__new__ is object.__new__)
print(type(OnlyNew.__dict__['__new__']).__name__)
obj = object.__new__(Both)
print(hasattr(obj, 'x'))
obj.__init__(9)
print(obj.x)
