# metaclass attributes are visible on the class but not on instances
class Meta(type):
    meta_attr = "from meta"
    def meta_method(cls):
        return "meta_method on " + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()

class C(metaclass=Meta):
    class_attr = "from class"

c = C()
print(C.meta_attr, C.meta_method(), C.upper_name)
print(c.class_attr)
for name in ["meta_attr", "meta_method", "upper_name"]:
    try:
        getattr(c, name)
    except AttributeError as e:
        print(type(e).__name__, e)
print(hasattr(C, "meta_attr"), "meta_attr" in C.__dict__, "meta_attr" in dir(C))

class D(metaclass=Meta):
    meta_attr = "shadowed in class"
print(D.meta_attr, type(D).meta_attr)
print(type(C.meta_method).__name__, C.meta_method.__self__ is C)
try:
    C.upper_name = "x"
except AttributeError as e:
    print(type(e).__name__, e)
print(type(C).__name__, type(type(C)).__name__)
