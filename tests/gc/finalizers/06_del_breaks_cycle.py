# a __del__ that breaks the cycle frees its partner by refcounting during the collection; only the rest is counted
import gc
class A:
    def __del__(self):
        print("A.__del__ drops b")
        self.b = None
class B:
    def __del__(self):
        print("B.__del__")
gc.collect()
a = A()
b = B()
a.b = b
b.a = a
del a, b
print(gc.collect())
