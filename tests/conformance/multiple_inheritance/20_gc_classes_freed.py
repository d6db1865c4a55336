import gc
import weakref
def make():
    class A:
        pass
    class B(A):
        def f(self):
            return super().f() if False else "B.f"
    class C(A):
        pass
    class D(B, C):
        pass
    obj = D()
    print([k.__name__ for k in D.__mro__], obj.f())
    return weakref.ref(A), weakref.ref(D)
gc.collect()
ra, rd = make()
gc.collect()
print(ra() is None, rd() is None)
