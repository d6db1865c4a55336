class A: pass
class B(A): x = 1
class C: x = 1; y = 2
class D(
    A,
):
    pass
print(A, B.x, C.y, D)
