# an object resurrected by its __del__ and later freed by refcounting is not finalized again
import gc
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        saved.append(self)
gc.collect()
p = Phoenix("p")
p.me = p
del p
print(gc.collect())
obj = saved.pop()
obj.me = None
print("dropping")
del obj
print("dropped", len(saved))
print(gc.collect())
