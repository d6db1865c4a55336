class Root:
    def greet(self):
        return ["Root"]
    def hello(self, n):
        return "Root" * n
class A(Root):
    def greet(self):
        return ["A"] + super().greet()
    def hello(self, n):
        return "A(" + super().hello(n) + ")"
class B(Root):
    def greet(self):
        return ["B"] + super().greet()
class C(A, B):
    def greet(self):
        return ["C"] + super().greet()
class D(B, A):
    def greet(self):
        return ["D"] + super().greet()
print(C().greet())
print(D().greet())
print(A().greet(), B().greet())
print(C().hello(2), D().hello(1))
# super() depends on the instance's MRO, not the defining class's bases
print(super(A, C()).greet(), super(A, A()).greet())
