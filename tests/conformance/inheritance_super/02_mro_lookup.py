class A:
    x = "A.x"
    def who(self):
        return "A"
    def hello(self):
        return "hello from " + self.who()
class B(A):
    y = "B.y"
    def who(self):
        return "B"
class C(B):
    x = "C.x"
c = C()
print(c.x, c.y, c.who(), c.hello())
print(A.hello(c), B.who(c), A.who(c))
print(issubclass(C, B), issubclass(B, C), issubclass(A, A))
print(issubclass(C, A), issubclass(C, object), issubclass(bool, int), issubclass(int, bool))
print(isinstance(c, (int, A)), isinstance(True, int))
