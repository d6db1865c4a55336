class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
    def only_b(self):
        return "only B"
C = type("C", (A, B), {"extra": 1})
print(C.__name__, [k.__name__ for k in C.__mro__], C().who(), C().only_b(), C.extra)
D = type("D", (B, A), {})
print([k.__name__ for k in D.__mro__], D().who())
E = type("E", (C,), {"who": lambda self: "E>" + super(E, self).who()})
print(E().who(), E.__base__.__name__)
try:
    type("F", (C, A, B), {})
    print("F ok")
except TypeError as e:
    print(e)
try:
    type("G", (A, C), {})
except TypeError as e:
    print(str(e).replace("\n", " | "))
