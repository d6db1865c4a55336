class A:
    x = "A.x"
    y = "A.y"
    def m(self):
        return "A.m"
class B:
    x = "B.x"
    z = "B.z"
    def m(self):
        return "B.m"
    def n(self):
        return "B.n"
class C(A, B):
    pass
class D(B, A):
    y = "D.y"
    def n(self):
        return "D.n"
c, d = C(), D()
print(c.x, c.y, c.z, c.m(), c.n())
print(d.x, d.y, d.z, d.m(), d.n())
B.y = "B.y (late)"
print(c.y, d.y)
del A.y
print(c.y, d.y)
A.w = "A.w"
print(c.w, d.w)
c.x = "instance"
print(c.x, C.x, "x" in vars(c), "x" in C.__dict__)
print(hasattr(C, "z"), getattr(C, "q", "missing"))
