class A:
    def run(self):
        return ["A.run"]
class B(A):
    def run(self):
        return ["B.run"] + super().run()
class C(A):
    def run(self):
        return ["C.run"] + super().run()
    def finish(self):
        return super().finish()
class D(B, C):
    pass
print(D().run())
print(hasattr(super(C, D()), "finish"), hasattr(super(B, D()), "finish"))
D().finish()
