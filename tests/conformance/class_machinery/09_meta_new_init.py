# metaclass __new__ and __init__ with keyword arguments
log = []

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), sorted(kw.items())))
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = dict(kw)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name, sorted(kw.items())))
        super().__init__(name, bases, ns)

class A(metaclass=Meta, color="red"):
    x = 1
    def method(self):
        return self.x

class B(A, size=3):
    y = 2

for entry in log:
    print(entry)
print(A.options, B.options)
print(type(A) is Meta, type(B) is Meta, isinstance(B, Meta), isinstance(B(), Meta))
print(B().method(), B.y)
print(type(Meta) is type, Meta.__mro__ == (Meta, type, object))

try:
    class C(metaclass=type, bogus=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
