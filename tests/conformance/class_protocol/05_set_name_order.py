calls = []


class Field:
    def __init__(self, label):
        self.label = label
        print("init", label)

    def __set_name__(self, owner, name):
        print("set_name", self.label, "->", owner.__name__ + "." + name)
        calls.append(name)
        self.public = name
        self.private = "_" + name


print("before class")


class Record:
    print("class body starts")
    b = Field("second-defined-first")
    a = Field("a")
    z = Field("z")
    print("class body ends")
    plain = 5


print("after class")
print(calls)
print(vars(Record)["a"].private, vars(Record)["z"].public)

# __set_name__ is not called for attributes added later
f = Field("late")
Record.late = f
print(hasattr(f, "public"))
# it can be called explicitly
f.__set_name__(Record, "late")
print(f.private)


class Sub(Record):
    c = Field("c")


print(calls)
