class Describe:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access via " + objtype.__name__
        return "instance access via " + type(obj).__name__ + "/" + objtype.__name__


class A:
    d = Describe()


class B(A):
    pass


print(A.d)
print(B.d)
print(A().d)
print(B().d)
raw = vars(A)["d"]
print(type(raw).__name__)
print(raw.__get__(None, B))
print(raw.__get__(B(), A))


class WithMethod:
    def f(self):
        return "f called"

    @classmethod
    def cm(cls):
        return "cm of " + cls.__name__

    @staticmethod
    def sm():
        return "sm"


fn = vars(WithMethod)["f"]
print(fn.__get__(None, WithMethod) is fn)
bound = fn.__get__(WithMethod(), WithMethod)
print(bound())
print(vars(WithMethod)["cm"].__get__(None, WithMethod)())
print(vars(WithMethod)["sm"].__get__(None, WithMethod)())
print(WithMethod.f is fn)
print(A.__dict__["d"] is raw, WithMethod.__dict__["f"] is fn)
