class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super(B, self).who()
class C(A):
    def who(self):
        return "C>" + super(C, self).who()
class D(B, C):
    def who(self):
        return "D>" + super(D, self).who()
d = D()
print(d.who())
print(super(D, d).who())
print(super(B, d).who())
print(super(C, d).who())
# skipping part of the chain on purpose
class E(B, C):
    def who(self):
        return "E>" + super(B, self).who()
print(E().who())
s = super(B, d)
print(type(s).__name__, s.who())
try:
    super(D, A())
except TypeError as e:
    print("TypeError:", e)
print(isinstance(d, B), isinstance(d, C), issubclass(D, A))
