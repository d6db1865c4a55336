class Audited:
    def __init__(self, a):
        print("init starts")
        self.a = a
        object.__setattr__(self, "raw", "bypass")
        print("init ends")

    def __setattr__(self, name, value):
        print("setattr", name, repr(value))
        if name == "frozen":
            raise AttributeError("frozen is read-only")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("delattr", name)
        if name == "a":
            raise AttributeError("cannot delete a")
        super().__delattr__(name)


x = Audited(1)
print(sorted(vars(x)))
x.b = 2
setattr(x, "c", 3)
x.a += 10
print(x.a, x.b, x.c)
try:
    x.frozen = True
except AttributeError as e:
    print("AttributeError:", e)
del x.b
delattr(x, "c")
try:
    del x.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    del x.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(vars(x)))
x.__dict__["d"] = 4
print(x.d)
