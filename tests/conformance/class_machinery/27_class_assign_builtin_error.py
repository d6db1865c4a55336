# __class__ assignment involving builtins and non-classes
class MyInt(int):
    pass
class Plain:
    pass

def try_assign(obj, value, label):
    try:
        obj.__class__ = value
        print(label, "ok", type(obj).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)

try_assign(Plain(), 1, "int value")
try_assign(Plain(), "Plain", "str value")
try_assign(Plain(), None, "None value")
try_assign(Plain(), int, "to int")
try_assign(Plain(), object, "to object")
try_assign(object(), Plain, "object to Plain")
try_assign([], list, "list to list")
try_assign(MyInt(3), int, "MyInt to int")
try_assign(5, MyInt, "int to MyInt")

class Other:
    pass
p = Plain()
try:
    del p.__class__
except TypeError as e:
    print(type(e).__name__, e)
try_assign(p, Other, "Plain to Other")
