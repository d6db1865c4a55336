# __del__ of non-cyclic garbage runs immediately at refcount zero; gc then has nothing to do
import gc
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
gc.collect()
r = R("direct")
del r
print("after del")
holder = [R("in list")]
holder = None
print(gc.collect())
