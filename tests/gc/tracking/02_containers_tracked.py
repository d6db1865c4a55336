# lists, sets, instances, classes, functions, bound methods, generators, modules are tracked
import gc
class C:
    def m(self):
        pass
def f():
    pass
def gen():
    yield 1
print(gc.is_tracked([]), gc.is_tracked([1, 2]), gc.is_tracked(set()), gc.is_tracked(frozenset([1])))
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(f), gc.is_tracked(C().m))
print(gc.is_tracked(gen()), gc.is_tracked(gc), gc.is_tracked(lambda: 0))
print(gc.is_tracked(ValueError("x")))
